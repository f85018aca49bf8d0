package dev.ambit.engine.catalog;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

class CatalogPropertiesTest {

    @Property(tries = 200)
    void anyValidCatalogue_survivesFormatAndParse(@ForAll("catalogues") Catalog catalog) {
        assertEquals(catalog, Catalog.parse(catalog.format(), catalog.source()));
    }

    @Property(tries = 300)
    void anyText_parsesOrFailsWithALineNumber(@ForAll("lines") List<String> lines) {
        String text = String.join("\n", lines);
        try {
            Catalog catalog = Catalog.parse(text, "fuzz.txt");
            assertEquals(catalog, Catalog.parse(catalog.format(), "fuzz.txt"));
        } catch (CatalogException e) {
            assertTrue(e.getMessage().matches("(?s)fuzz\\.txt line \\d+: .+"), e.getMessage());
        }
    }

    @Provide
    Arbitrary<List<String>> lines() {
        Arbitrary<String> field = Arbitraries.oneOf(
                Arbitraries.strings().ofMaxLength(12),
                Arbitraries.of("chat", "guard", "unverified", "4GB", "MIT", "https://e.org/x.gguf", "default",
                        "ab".repeat(32), "123"));
        Arbitrary<String> entryLike = field.list().ofMinSize(1).ofMaxSize(10).map(f -> String.join(" | ", f));
        Arbitrary<String> other = Arbitraries.oneOf(Arbitraries.strings().ofMaxLength(30),
                Arbitraries.of("", "# comment", "default a", "default"));
        return Arbitraries.oneOf(entryLike, other).list().ofMaxSize(6);
    }

    @Provide
    Arbitrary<Catalog> catalogues() {
        return entries().list().ofMaxSize(6).flatMap(list -> {
            Map<String, CatalogEntry> unique = new LinkedHashMap<>();
            list.forEach(e -> unique.putIfAbsent(e.name(), e));
            List<CatalogEntry> entries = new ArrayList<>(unique.values());
            List<String> chat = entries.stream().filter(e -> e.kind() == CatalogEntry.Kind.CHAT)
                    .map(CatalogEntry::name).toList();
            Arbitrary<Optional<String>> def = chat.isEmpty()
                    ? Arbitraries.just(Optional.empty())
                    : Arbitraries.of(chat).optional();
            return def.map(d -> new Catalog("gen.txt", entries, d));
        });
    }

    private Arbitrary<CatalogEntry> entries() {
        Arbitrary<String> name = Arbitraries.strings().withChars("abcxyz019.-_").ofMinLength(1).ofMaxLength(20)
                .map(s -> "m" + s);
        Arbitrary<CatalogEntry.Kind> kind = Arbitraries.of(CatalogEntry.Kind.class);
        Arbitrary<URI> url = Arbitraries.strings().alpha().numeric().ofMinLength(1).ofMaxLength(12)
                .map(p -> URI.create("https://models.example.org/" + p + ".gguf"));
        Arbitrary<Optional<Sha256>> sha = Arbitraries.strings().withChars("0123456789abcdef").ofLength(64)
                .map(Sha256::new).optional();
        Arbitrary<OptionalLong> size = Arbitraries.longs().between(1, Long.MAX_VALUE)
                .map(OptionalLong::of).injectNull(0.2).map(o -> o == null ? OptionalLong.empty() : o);
        Arbitrary<String> token = Arbitraries.strings().withChars("AZaz09.-_+").ofMinLength(0).ofMaxLength(10)
                .map(s -> "T" + s);
        Arbitrary<Integer> ram = Arbitraries.integers().between(1, 4096);
        Arbitrary<String> description = Arbitraries.strings().ofMinLength(1).ofMaxLength(40)
                .excludeChars('\n', '\r').map(String::strip).filter(s -> !s.isEmpty());
        return Combinators.combine(name, kind, url, sha, size, token, token, ram)
                .flatAs((n, k, u, s, z, l, t, r) -> description.map(d -> new CatalogEntry(n, k, u, s, z, l, t, r, d)));
    }
}
