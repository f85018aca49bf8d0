package dev.ambit.engine.catalog;

import java.net.URI;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.regex.Pattern;

/**
 * One model a user can install: where to get it, what its bytes must hash to, and what it is.
 *
 * @param name the name users type ({@code ambit models pull NAME}); lowercase letters, digits, '.', '_' and '-'
 * @param kind a chat model or a guard (safety classifier) model
 * @param url where to download the GGUF file (http, https or file)
 * @param sha256 the published digest; empty when it could not be verified (pull then needs --allow-unverified)
 * @param sizeBytes the published size; empty when it could not be verified
 * @param licence the licence, as one token (e.g. Apache-2.0)
 * @param template the chat template the file embeds, as one token (e.g. chatml, llama3)
 * @param ramGb the recommended RAM for running it, in GB
 * @param description one line for humans
 */
public record CatalogEntry(String name, Kind kind, URI url, Optional<Sha256> sha256, OptionalLong sizeBytes,
        String licence, String template, int ramGb, String description) {
    static final Pattern NAME = Pattern.compile("[a-z0-9][a-z0-9._-]{0,63}");
    static final Pattern TOKEN = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._+-]{0,63}");

    public CatalogEntry {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(url, "url");
        Objects.requireNonNull(sha256, "sha256");
        Objects.requireNonNull(sizeBytes, "sizeBytes");
        Objects.requireNonNull(licence, "licence");
        Objects.requireNonNull(template, "template");
        Objects.requireNonNull(description, "description");
        if (!NAME.matcher(name).matches()) {
            throw new IllegalArgumentException("name must be 1-64 of a-z, 0-9, '.', '_', '-' starting with a letter"
                    + " or digit, got '" + name + "'");
        }
        String scheme = url.getScheme() == null ? "" : url.getScheme().toLowerCase(Locale.ROOT);
        if (!url.isAbsolute() || !(scheme.equals("https") || scheme.equals("http") || scheme.equals("file"))) {
            throw new IllegalArgumentException("url must be an absolute http, https or file URL, got '" + url + "'");
        }
        if (sizeBytes.isPresent() && sizeBytes.getAsLong() <= 0) {
            throw new IllegalArgumentException("size must be a positive number of bytes, got " + sizeBytes.getAsLong());
        }
        if (!TOKEN.matcher(licence).matches()) {
            throw new IllegalArgumentException("licence must be one token of letters, digits and . _ + -, got '"
                    + licence + "'");
        }
        if (!TOKEN.matcher(template).matches()) {
            throw new IllegalArgumentException("template must be one token of letters, digits and . _ + -, got '"
                    + template + "'");
        }
        if (ramGb < 1 || ramGb > 4096) {
            throw new IllegalArgumentException("ram must be within [1, 4096] GB, got " + ramGb);
        }
        if (description.isBlank() || !description.equals(description.strip()) || description.contains("\n")
                || description.contains("\r")) {
            throw new IllegalArgumentException("description must be one non-blank line without surrounding spaces");
        }
    }

    /** True when both the digest and the size were verified from the publisher. */
    public boolean verified() {
        return sha256.isPresent() && sizeBytes.isPresent();
    }

    /** The file name the model gets under the models directory. */
    public String fileName() {
        return name + ".gguf";
    }

    /** What the model is for. */
    public enum Kind {
        CHAT,
        GUARD;

        public String wireName() {
            return name().toLowerCase(Locale.ROOT);
        }

        static Kind parse(String text) {
            for (Kind k : values()) {
                if (k.wireName().equals(text)) {
                    return k;
                }
            }
            throw new IllegalArgumentException("kind must be 'chat' or 'guard', got '" + text + "'");
        }
    }
}
