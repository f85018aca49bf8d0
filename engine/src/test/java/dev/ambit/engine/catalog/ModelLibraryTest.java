package dev.ambit.engine.catalog;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.ambit.engine.AmbitException;
import dev.ambit.engine.AmbitHome;
import dev.ambit.engine.inference.ModelException;
import dev.ambit.engine.testing.TinyModel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Installed models: import, default choice, removal, and the checksum check before loading. */
class ModelLibraryTest {
    @TempDir
    Path dir;
    AmbitHome home;
    ModelLibrary library;
    Sha256 tinyDigest;
    Catalog catalog;

    @BeforeEach
    void setUp() throws Exception {
        home = new AmbitHome(dir.resolve("home"));
        library = new ModelLibrary(home);
        tinyDigest = Sha256.of(TinyModel.path());
        catalog = Catalog.parse(String.join("\n",
                "tiny | chat | https://e.org/tiny.gguf | " + tinyDigest + " | " + Files.size(TinyModel.path())
                        + " | MIT | none | 1GB | the tiny model",
                "other | chat | https://e.org/other.gguf | " + "ab".repeat(32) + " | 10 | MIT | none | 1GB | other",
                "default tiny"), "test-catalogue");
    }

    ModelImporter.Outcome importTiny(Optional<String> name, boolean link) {
        return new ModelImporter(library).importFile(TinyModel.path(), name, link, false, catalog);
    }

    @Test
    void import_matchesTheCatalogueByDigest_andCopiesTheFile() throws Exception {
        ModelImporter.Outcome outcome = importTiny(Optional.empty(), false);
        assertTrue(outcome.installed());
        assertEquals("tiny", outcome.model().name(), "named after the catalogue entry with the same digest");
        assertEquals("tiny", outcome.matched().orElseThrow().name());
        assertFalse(Files.isSymbolicLink(library.fileFor("tiny")));
        assertArrayEquals(Files.readAllBytes(TinyModel.path()), Files.readAllBytes(library.fileFor("tiny")));
        assertFalse(importTiny(Optional.empty(), false).installed(), "the same file again is a no-op");
    }

    @Test
    void import_underACatalogueNameWithAnotherDigest_isRefused() {
        DownloadException e = assertThrows(DownloadException.class, () -> importTiny(Optional.of("other"), false));
        assertTrue(e.getMessage().startsWith("checksum mismatch: "), e.getMessage());
        assertEquals(AmbitException.Failure.DOWNLOAD, e.failure());
        assertTrue(library.installed().isEmpty(), "nothing installed");
    }

    @Test
    void import_ofANonGgufFileOrAMissingFile_isRefused() throws Exception {
        Path text = Files.writeString(dir.resolve("notes.gguf"), "not a model at all");
        assertThrows(ModelException.class,
                () -> new ModelImporter(library).importFile(text, Optional.empty(), false, false, catalog));
        assertThrows(CatalogException.class, () -> new ModelImporter(library)
                .importFile(dir.resolve("missing.gguf"), Optional.empty(), false, false, catalog));
        assertTrue(library.installed().isEmpty());
    }

    @Test
    void import_withLink_installsASymbolicLink_andAnUnknownFileKeepsItsOwnName() throws Exception {
        Path copy = Files.copy(TinyModel.path(), dir.resolve("My Stories.GGUF"));
        Files.write(copy, new byte[] {0}, java.nio.file.StandardOpenOption.APPEND);
        ModelImporter.Outcome outcome = new ModelImporter(library)
                .importFile(copy, Optional.empty(), true, false, catalog);
        assertEquals("my-stories", outcome.model().name());
        assertTrue(outcome.matched().isEmpty());
        assertTrue(Files.isSymbolicLink(library.fileFor("my-stories")));
    }

    @Test
    void resolver_usesFlagThenEnvironmentThenTheDefaultInstalledModel() throws Exception {
        importTiny(Optional.empty(), false);
        ModelResolver resolver = new ModelResolver(home, Map.of("AMBIT_CATALOG", writeCatalogue().toString()));
        assertEquals(library.fileFor("tiny"), resolver.resolve(Optional.empty()), "catalogue default, installed");
        assertEquals(library.fileFor("tiny"), resolver.resolve(Optional.of(Path.of("tiny"))), "a bare installed name");
        Path explicit = dir.resolve("x.gguf");
        assertEquals(explicit, resolver.resolve(Optional.of(explicit)));
        assertEquals(explicit, new ModelResolver(home, Map.of("AMBIT_MODEL", explicit.toString()))
                .resolve(Optional.empty()));
    }

    @Test
    void userDefault_winsOverTheCatalogueDefault_andRmForgetsIt() throws Exception {
        importTiny(Optional.empty(), false);
        importTiny(Optional.of("mine"), false);
        library.setDefault("mine");
        assertEquals("mine", library.defaultModel(catalog).orElseThrow().name());
        library.remove("mine");
        assertEquals(Optional.empty(), library.userDefault());
        assertEquals("tiny", library.defaultModel(catalog).orElseThrow().name());
        assertThrows(CatalogException.class, () -> library.remove("mine"));
        assertThrows(CatalogException.class, () -> library.setDefault("nope"));
    }

    @Test
    void nothingInstalled_explainsAndGivesTheExactPullCommand() throws Exception {
        ModelResolver resolver = new ModelResolver(home, Map.of("AMBIT_CATALOG", writeCatalogue().toString()));
        NoModelInstalledException e = assertThrows(NoModelInstalledException.class,
                () -> resolver.resolve(Optional.empty()));
        assertEquals(AmbitException.Failure.MODEL, e.failure());
        assertTrue(e.getMessage().contains("with: ambit models pull tiny"), e.getMessage());
        assertEquals("tiny", e.suggestion().orElseThrow().name());
    }

    @Test
    void damagedInstall_isCaughtBeforeLoading_andTheCheckIsCachedBySizeAndMtime() throws Exception {
        importTiny(Optional.empty(), false);
        InstalledModel tiny = library.require("tiny");
        Path file = tiny.path();
        FileTime mtime = Files.getLastModifiedTime(file);
        byte[] bytes = Files.readAllBytes(file);
        bytes[bytes.length - 1] ^= 1;
        Files.write(file, bytes);
        Files.setLastModifiedTime(file, mtime);

        library.checkBeforeLoad(tiny);
        DownloadException full = assertThrows(DownloadException.class, () -> library.verify(tiny));
        assertTrue(full.getMessage().startsWith("installed model tiny is damaged"), full.getMessage());

        Files.setLastModifiedTime(file, FileTime.fromMillis(mtime.toMillis() + 5000));
        ModelResolver resolver = new ModelResolver(home, Map.of("AMBIT_CATALOG", writeCatalogue().toString()));
        DownloadException e = assertThrows(DownloadException.class, () -> resolver.resolve(Optional.empty()));
        assertEquals(AmbitException.Failure.DOWNLOAD, e.failure());
        assertThrows(DownloadException.class, () -> resolver.resolve(Optional.of(file)), "its full path is checked too");
        assertThrows(DownloadException.class, () -> resolver.resolve(Optional.of(Path.of("tiny"))), "and its name");
    }

    private Path writeCatalogue() throws Exception {
        return Files.writeString(dir.resolve("catalogue.txt"), catalog.format());
    }
}
