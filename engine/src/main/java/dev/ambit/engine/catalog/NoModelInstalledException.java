package dev.ambit.engine.catalog;

import dev.ambit.engine.AmbitException;
import java.util.Optional;

/**
 * No model was named and none is installed. Carries the catalogue entry ambit suggests for this machine so an
 * interactive front end can offer to pull it; the message already gives the exact command.
 */
public final class NoModelInstalledException extends AmbitException {
    private final transient Optional<CatalogEntry> suggestion;

    public NoModelInstalledException(String userMessage, Optional<CatalogEntry> suggestion) {
        super(Failure.MODEL, userMessage);
        this.suggestion = suggestion;
    }

    public Optional<CatalogEntry> suggestion() {
        return suggestion;
    }
}
