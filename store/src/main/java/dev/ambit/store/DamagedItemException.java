package dev.ambit.store;

/**
 * A stored value failed authentication: its bytes were changed, or it was copied from another row or column.
 * The store never returns the garbage; the exception names the damaged row so the user can forget it.
 */
public final class DamagedItemException extends StoreException {
    private final String table;
    private final String rowId;

    public DamagedItemException(String table, String column, String rowId, Throwable cause) {
        super(table + " " + rowId + " is damaged: its " + column
                + " failed authentication (changed bytes or a value copied from another row)"
                + ("item".equals(table) ? "; remove it with 'ambit profile forget " + rowId + "'" : ""), cause);
        this.table = table;
        this.rowId = rowId;
    }

    public String table() {
        return table;
    }

    public String rowId() {
        return rowId;
    }
}
