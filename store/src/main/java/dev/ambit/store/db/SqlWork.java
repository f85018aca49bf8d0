package dev.ambit.store.db;

import java.sql.Connection;
import java.sql.SQLException;

/** A unit of work run inside one transaction of a {@link Database}. */
@FunctionalInterface
public interface SqlWork<T> {
    T run(Connection connection) throws SQLException;
}
