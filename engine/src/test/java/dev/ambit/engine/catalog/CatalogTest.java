package dev.ambit.engine.catalog;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.ambit.engine.AmbitException;
import dev.ambit.engine.testing.TinyModel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class CatalogTest {
    static final String GOOD = "a | chat | https://example.org/a.gguf | " + "ab".repeat(32)
            + " | 100 | MIT | chatml | 2GB | first model\n";

    @Test
    void repositoryCatalogue_parses_withOneDefaultChatModelAndAGuard() throws Exception {
        Catalog catalog = Catalog.load(TinyModel.repositoryRoot().resolve("models.txt"));
        assertTrue(catalog.entries().size() >= 8, "expected the documented laptop models");
        CatalogEntry def = catalog.require(catalog.defaultName().orElseThrow());
        assertEquals(CatalogEntry.Kind.CHAT, def.kind());
        assertTrue(def.verified(), "the default must have a verified digest and size");
        assertTrue(catalog.entries().stream().anyMatch(e -> e.kind() == CatalogEntry.Kind.GUARD));
        for (CatalogEntry e : catalog.entries()) {
            assertTrue(e.url().getScheme().equals("https"), e.name() + " must download over https");
            assertTrue(e.url().getPath().endsWith(".gguf"), e.name() + " must point at a GGUF file");
        }
        assertEquals(catalog, Catalog.bundled().withSource(catalog.source()), "the jar must ship the same models.txt");
    }

    @Test
    void formatThenParse_givesTheSameCatalogue() {
        Catalog catalog = Catalog.parse(GOOD + "b | guard | file:///x/b.gguf | unverified | unverified | Llama-3.2 | "
                + "llama3 | 4GB | second | with a pipe\ndefault a\n", "t");
        assertEquals(catalog, Catalog.parse(catalog.format(), "t"));
        assertEquals("second | with a pipe", catalog.require("b").description());
        assertFalse(catalog.require("b").verified());
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = ';', value = {
        "too few fields;a | chat | https://e.org/a.gguf | unverified;line 3: expected 9 fields",
        "bad digest;a | chat | https://e.org/a.gguf | abc | 1 | MIT | t | 2GB | d;line 3: sha256 must be 64 hexadecimal digits",
        "bad size;a | chat | https://e.org/a.gguf | unverified | 12x | MIT | t | 2GB | d;line 3: size must be a whole number",
        "zero size;a | chat | https://e.org/a.gguf | unverified | 0 | MIT | t | 2GB | d;line 3: size must be a positive",
        "bad ram;a | chat | https://e.org/a.gguf | unverified | 1 | MIT | t | 2 GiB | d;line 3: ram must be whole gigabytes",
        "bad kind;a | judge | https://e.org/a.gguf | unverified | 1 | MIT | t | 2GB | d;line 3: kind must be 'chat' or 'guard'",
        "bad name;A b | chat | https://e.org/a.gguf | unverified | 1 | MIT | t | 2GB | d;line 3: name must be",
        "ftp url;a | chat | ftp://e.org/a.gguf | unverified | 1 | MIT | t | 2GB | d;line 3: url must be an absolute http",
        "licence with space;a | chat | https://e.org/a.gguf | unverified | 1 | M I T | t | 2GB | d;line 3: licence must be one token",
        "empty description;a | chat | https://e.org/a.gguf | unverified | 1 | MIT | t | 2GB | ;line 3: description must be",
        "stray words;just some words;line 3: expected 'default NAME'",
    })
    void badLine_isRejectedNamingFileAndLine(String why, String line, String expected) {
        CatalogException e = assertThrows(CatalogException.class,
                () -> Catalog.parse("# comment\n\n" + line + "\n", "mirror.txt"));
        assertTrue(e.getMessage().startsWith("mirror.txt " + expected.substring(0, 7)), e.getMessage());
        assertTrue(e.getMessage().contains(expected), why + ": " + e.getMessage());
        assertEquals(AmbitException.Failure.INVALID_INPUT, e.failure());
    }

    @Test
    void duplicateName_andBadDefaults_nameTheirLine() {
        assertTrue(assertThrows(CatalogException.class, () -> Catalog.parse(GOOD + GOOD, "m"))
                .getMessage().startsWith("m line 2: model name 'a' appears twice"));
        assertTrue(assertThrows(CatalogException.class, () -> Catalog.parse(GOOD + "default zz\n", "m"))
                .getMessage().startsWith("m line 2: the default 'zz' is not an entry"));
        assertTrue(assertThrows(CatalogException.class, () -> Catalog.parse(GOOD + "default a\ndefault a\n", "m"))
                .getMessage().startsWith("m line 3: a second 'default' line"));
        String guard = GOOD.replace("| chat |", "| guard |");
        assertTrue(assertThrows(CatalogException.class, () -> Catalog.parse(guard + "default a\n", "m"))
                .getMessage().contains("must be a chat model"));
    }

    @Test
    void missingOrBinaryFile_isAClearError(@TempDir Path dir) throws Exception {
        assertTrue(assertThrows(CatalogException.class, () -> Catalog.load(dir.resolve("none.txt")))
                .getMessage().startsWith("catalogue file not found"));
        Path binary = Files.write(dir.resolve("bin.txt"), new byte[] {(byte) 0xff, (byte) 0xfe, 0, 1});
        assertTrue(assertThrows(CatalogException.class, () -> Catalog.load(binary))
                .getMessage().startsWith("catalogue file is not UTF-8"));
    }

    @Test
    void unknownName_listsTheKnownOnes() {
        Catalog catalog = Catalog.parse(GOOD, "m");
        CatalogException e = assertThrows(CatalogException.class, () -> catalog.require("nope"));
        assertEquals("no model called 'nope' in m; known: a", e.getMessage());
    }

    @Test
    void recommend_prefersTheDefault_elseTheLargestThatFits() {
        String text = String.join("\n", List.of(
                "small | chat | https://e.org/s.gguf | " + "11".repeat(32) + " | 100 | MIT | t | 2GB | s",
                "mid | chat | https://e.org/m.gguf | " + "22".repeat(32) + " | 200 | MIT | t | 4GB | m",
                "big | chat | https://e.org/b.gguf | " + "33".repeat(32) + " | 300 | MIT | t | 16GB | b",
                "guard | guard | https://e.org/g.gguf | " + "44".repeat(32) + " | 999 | MIT | t | 1GB | g",
                "default big"));
        Catalog catalog = Catalog.parse(text, "m");
        assertEquals("big", catalog.recommend(32_000_000_000L).orElseThrow().name());
        assertEquals("mid", catalog.recommend(8_000_000_000L).orElseThrow().name());
        assertEquals("small", catalog.recommend(1_000_000_000L).orElseThrow().name(), "nothing fits: the smallest");
    }
}
