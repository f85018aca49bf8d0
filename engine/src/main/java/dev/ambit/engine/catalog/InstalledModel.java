package dev.ambit.engine.catalog;

import java.nio.file.Path;
import java.util.Objects;

/**
 * A model installed under {@code AMBIT_HOME/models}.
 *
 * @param name its name (the file is {@code NAME.gguf})
 * @param path the GGUF file (a copy, or a link to an imported file)
 * @param sha256 the digest recorded when it was installed and verified
 * @param kind chat or guard
 * @param source where it came from (a URL or an imported path)
 */
public record InstalledModel(String name, Path path, Sha256 sha256, CatalogEntry.Kind kind, String source) {
    public InstalledModel {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(path, "path");
        Objects.requireNonNull(sha256, "sha256");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(source, "source");
    }
}
