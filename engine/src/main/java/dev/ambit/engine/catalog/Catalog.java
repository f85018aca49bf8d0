package dev.ambit.engine.catalog;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.Set;

/**
 * The models a user can install, read from a {@code models.txt} file (format in the README, "Models").
 *
 * <p>One entry per line, nine fields separated by {@code |}:
 * {@code name | kind | url | sha256 | size | licence | template | ram | description}; {@code sha256} and
 * {@code size} may be {@code unverified}. A line {@code default NAME} marks the default chat model. Blank lines and
 * lines starting with {@code #} are ignored. A mirror is simply another file in this format.
 *
 * @param source where the catalogue came from, used in messages
 * @param entries the models, in file order, names unique
 * @param defaultName the default chat model, if the file names one
 */
public record Catalog(String source, List<CatalogEntry> entries, Optional<String> defaultName) {
    static final String BUNDLED_RESOURCE = "models.txt";
    static final String UNVERIFIED = "unverified";
    private static final int FIELDS = 9;

    public Catalog {
        Objects.requireNonNull(source, "source");
        entries = List.copyOf(entries);
        Objects.requireNonNull(defaultName, "defaultName");
        Set<String> names = new HashSet<>();
        for (CatalogEntry e : entries) {
            if (!names.add(e.name())) {
                throw new IllegalArgumentException("model name '" + e.name() + "' appears twice");
            }
        }
        if (defaultName.isPresent()) {
            String d = defaultName.get();
            CatalogEntry entry = entries.stream().filter(e -> e.name().equals(d)).findFirst()
                    .orElseThrow(() -> new IllegalArgumentException("the default '" + d + "' is not an entry"));
            if (entry.kind() != CatalogEntry.Kind.CHAT) {
                throw new IllegalArgumentException("the default '" + d + "' must be a chat model, not a "
                        + entry.kind().wireName() + " model");
            }
        }
    }

    /** The catalogue shipped with ambit (the repository's {@code models.txt}). */
    public static Catalog bundled() {
        try (InputStream in = Catalog.class.getResourceAsStream(BUNDLED_RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("the bundled models.txt is missing from the build");
            }
            return parse(new String(in.readAllBytes(), StandardCharsets.UTF_8), "models.txt (bundled)");
        } catch (IOException e) {
            throw new IllegalStateException("cannot read the bundled models.txt", e);
        }
    }

    /** Reads a catalogue file (a mirror or an organisation's own list). */
    public static Catalog load(Path file) {
        try {
            byte[] bytes = Files.readAllBytes(file);
            String text = StandardCharsets.UTF_8.newDecoder().decode(java.nio.ByteBuffer.wrap(bytes)).toString();
            return parse(text, file.toString());
        } catch (NoSuchFileException e) {
            throw new CatalogException("catalogue file not found: " + file, e);
        } catch (CharacterCodingException e) {
            throw new CatalogException("catalogue file is not UTF-8 text: " + file, e);
        } catch (IOException e) {
            throw new CatalogException("cannot read catalogue file " + file + ": " + e.getMessage(), e);
        }
    }

    /** Parses catalogue text; a bad line is a {@link CatalogException} naming {@code source} and the line number. */
    public static Catalog parse(String text, String source) {
        List<CatalogEntry> entries = new ArrayList<>();
        Set<String> names = new HashSet<>();
        String defaultName = null;
        int defaultLine = 0;
        String[] lines = text.split("\r?\n", -1);
        for (int i = 0; i < lines.length; i++) {
            int number = i + 1;
            String line = lines[i].strip();
            if (line.isEmpty() || line.startsWith("#")) {
                continue;
            }
            if (!line.contains("|")) {
                String[] words = line.split("\\s+");
                if (words.length == 2 && words[0].equals("default")) {
                    if (defaultName != null) {
                        throw bad(source, number, "a second 'default' line (the first is line " + defaultLine + ")");
                    }
                    defaultName = words[1];
                    defaultLine = number;
                    continue;
                }
                throw bad(source, number, "expected 'default NAME' or " + FIELDS
                        + " fields separated by '|' (name | kind | url | sha256 | size | licence | template | ram"
                        + " | description)");
            }
            CatalogEntry entry = parseEntry(line, source, number);
            if (!names.add(entry.name())) {
                throw bad(source, number, "model name '" + entry.name() + "' appears twice");
            }
            entries.add(entry);
        }
        try {
            return new Catalog(source, entries, Optional.ofNullable(defaultName));
        } catch (IllegalArgumentException e) {
            throw bad(source, defaultLine, e.getMessage());
        }
    }

    private static CatalogEntry parseEntry(String line, String source, int number) {
        String[] f = line.split("\\|", FIELDS);
        if (f.length != FIELDS) {
            throw bad(source, number, "expected " + FIELDS + " fields separated by '|', found " + f.length);
        }
        for (int i = 0; i < f.length; i++) {
            f[i] = f[i].strip();
        }
        try {
            URI url;
            try {
                url = new URI(f[2]);
            } catch (URISyntaxException e) {
                throw new IllegalArgumentException("url is not a valid URL: '" + f[2] + "'");
            }
            Optional<Sha256> sha = f[3].equals(UNVERIFIED) ? Optional.empty() : Optional.of(new Sha256(f[3]));
            OptionalLong size = f[4].equals(UNVERIFIED) ? OptionalLong.empty() : OptionalLong.of(parseSize(f[4]));
            return new CatalogEntry(f[0], CatalogEntry.Kind.parse(f[1]), url, sha, size, f[5], f[6], parseRam(f[7]),
                    f[8]);
        } catch (IllegalArgumentException e) {
            throw bad(source, number, e.getMessage());
        }
    }

    private static long parseSize(String text) {
        if (!text.matches("[0-9]{1,19}")) {
            throw new IllegalArgumentException("size must be a whole number of bytes or 'unverified', got '" + text + "'");
        }
        try {
            return Long.parseLong(text);
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("size is too large: '" + text + "'");
        }
    }

    private static int parseRam(String text) {
        if (!text.matches("[0-9]{1,4}GB")) {
            throw new IllegalArgumentException("ram must be whole gigabytes such as '4GB', got '" + text + "'");
        }
        return Integer.parseInt(text.substring(0, text.length() - 2));
    }

    private static CatalogException bad(String source, int line, String why) {
        return new CatalogException(source + " line " + line + ": " + why);
    }

    /** The catalogue as text that {@link #parse} reads back to an equal catalogue. */
    public String format() {
        StringBuilder out = new StringBuilder();
        for (CatalogEntry e : entries) {
            out.append(String.join(" | ", e.name(), e.kind().wireName(), e.url().toString(),
                    e.sha256().map(Sha256::hex).orElse(UNVERIFIED),
                    e.sizeBytes().isPresent() ? Long.toString(e.sizeBytes().getAsLong()) : UNVERIFIED,
                    e.licence(), e.template(), e.ramGb() + "GB", e.description()));
            out.append('\n');
        }
        defaultName.ifPresent(d -> out.append("default ").append(d).append('\n'));
        return out.toString();
    }

    /** The same entries, described as coming from {@code other}. */
    public Catalog withSource(String other) {
        return new Catalog(other, entries, defaultName);
    }

    public Optional<CatalogEntry> find(String name) {
        return entries.stream().filter(e -> e.name().equals(name)).findFirst();
    }

    /** The entry called {@code name}, or a {@link CatalogException} listing what there is. */
    public CatalogEntry require(String name) {
        return find(name).orElseThrow(() -> new CatalogException("no model called '" + name + "' in " + source
                + "; known: " + String.join(", ", entries.stream().map(CatalogEntry::name).toList())));
    }

    public Optional<CatalogEntry> findByDigest(Sha256 digest) {
        return entries.stream().filter(e -> e.sha256().equals(Optional.of(digest))).findFirst();
    }

    /**
     * The chat model to suggest on a machine with {@code ramBytes} of memory: the default when it fits, otherwise
     * the largest chat model that fits, otherwise the smallest one.
     */
    public Optional<CatalogEntry> recommend(long ramBytes) {
        long ramGb = ramBytes / 1_000_000_000L;
        List<CatalogEntry> chat = entries.stream().filter(e -> e.kind() == CatalogEntry.Kind.CHAT).toList();
        Optional<CatalogEntry> preferred = defaultName.flatMap(this::find).filter(e -> e.ramGb() <= ramGb);
        if (preferred.isPresent()) {
            return preferred;
        }
        Comparator<CatalogEntry> bySize = Comparator.comparingLong(e -> e.sizeBytes().orElse(Long.MAX_VALUE));
        Optional<CatalogEntry> fitting = chat.stream().filter(e -> e.ramGb() <= ramGb)
                .filter(CatalogEntry::verified).max(bySize);
        return fitting.isPresent() ? fitting : chat.stream().filter(CatalogEntry::verified).min(bySize);
    }
}
