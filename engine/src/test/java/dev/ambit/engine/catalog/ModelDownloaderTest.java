package dev.ambit.engine.catalog;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.ambit.engine.AmbitException;
import dev.ambit.engine.AmbitHome;
import dev.ambit.engine.inference.Generation;
import dev.ambit.engine.inference.LocalModel;
import dev.ambit.engine.inference.ModelPool;
import dev.ambit.engine.inference.ModelSettings;
import dev.ambit.engine.inference.Sampling;
import dev.ambit.engine.inference.TokenSink;
import dev.ambit.engine.testing.LoopbackModelServer;
import dev.ambit.engine.testing.TinyModel;
import java.net.ServerSocket;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HexFormat;
import java.util.Optional;
import java.util.OptionalLong;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ModelDownloaderTest {
    static LoopbackModelServer server;
    static Sha256 digest;
    @TempDir
    Path home;
    ModelLibrary library;

    @BeforeAll
    static void startServer() throws Exception {
        server = LoopbackModelServer.start();
        digest = new Sha256(HexFormat.of().formatHex(
                java.security.MessageDigest.getInstance("SHA-256").digest(server.model())));
    }

    @AfterAll
    static void stopServer() {
        server.close();
    }

    @BeforeEach
    void library() {
        library = new ModelLibrary(new AmbitHome(home));
    }

    static CatalogEntry entry(String name, URI url) {
        return new CatalogEntry(name, CatalogEntry.Kind.CHAT, url, Optional.of(digest),
                OptionalLong.of(server.model().length), "MIT", "none", 1, "the tiny test model");
    }

    @Test
    void pull_verifiesAndInstallsAtomically_andTheInstalledModelLoadsAndAnswers() throws Exception {
        ModelDownloader.Outcome outcome = new ModelDownloader(library)
                .pull(entry("tiny", server.url("/model.gguf")), false, false, DownloadProgress.SILENT);

        assertTrue(outcome.downloaded());
        assertArrayEquals(server.model(), Files.readAllBytes(library.fileFor("tiny")));
        assertEquals(digest, library.require("tiny").sha256());
        assertFalse(Files.exists(library.partialFor("tiny")), "no partial file is left behind");
        LocalModel model = ModelPool.acquire(ModelSettings.cpu(library.fileFor("tiny")), TinyModel.nativeDir());
        Generation g = model.generate(model.render(java.util.List.of(
                new dev.ambit.engine.inference.ChatMessage(dev.ambit.engine.inference.ChatMessage.Role.USER,
                        "Once upon a time"))), new Sampling(7, 0f, 12), TokenSink.DISCARD);
        assertTrue(g.tokens() > 0 && !g.text().isBlank(), "the installed model answers: '" + g.text() + "'");
    }

    @Test
    void connectionDroppedHalfway_isResumedWithARangeRequest() throws Exception {
        int before = server.drops();
        new ModelDownloader(library).pull(entry("dropped", server.url("/drop.gguf")), false, false,
                DownloadProgress.SILENT);

        assertEquals(before + 1, server.drops(), "the first response was cut off");
        assertTrue(server.requests().stream().anyMatch(r -> r.matches("/drop.gguf bytes=[1-9][0-9]*-")),
                "a Range request resumed it: " + server.requests());
        assertArrayEquals(server.model(), Files.readAllBytes(library.fileFor("dropped")));
    }

    @Test
    void interruptedPull_keepsThePartial_andTheNextPullResumesIt() throws Exception {
        CatalogEntry entry = entry("resumed", server.url("/drop.gguf"));
        DownloadException e = assertThrows(DownloadException.class,
                () -> new ModelDownloader(library, 1, java.time.Duration.ofSeconds(5)).pull(entry, false, false, DownloadProgress.SILENT));
        assertEquals(AmbitException.Failure.DOWNLOAD, e.failure());
        assertTrue(e.getMessage().contains("run the same command again to resume"), e.getMessage());
        long partial = Files.size(library.partialFor("resumed"));
        assertTrue(partial > 0 && partial < server.model().length, "partial kept: " + partial);
        assertTrue(library.find("resumed").isEmpty(), "nothing installed");

        new ModelDownloader(library, 1, java.time.Duration.ofSeconds(5)).pull(entry, false, false, DownloadProgress.SILENT);
        assertTrue(server.requests().contains("/drop.gguf bytes=" + partial + "-"), server.requests().toString());
        assertArrayEquals(server.model(), Files.readAllBytes(library.fileFor("resumed")));
    }

    @Test
    void serverThatGoesSilent_isAbandonedAfterTheStallTimeout_keepingThePartial() throws Exception {
        long start = System.nanoTime();
        DownloadException e = assertThrows(DownloadException.class,
                () -> new ModelDownloader(library, 1, java.time.Duration.ofMillis(500))
                        .pull(entry("silent", server.url("/stall.gguf")), false, false, DownloadProgress.SILENT));
        long millis = (System.nanoTime() - start) / 1_000_000;
        assertTrue(e.getMessage().contains("no data for"), e.getMessage());
        assertTrue(millis < LoopbackModelServer.STALL_MILLIS, "gave up before the server did: " + millis + " ms");
        assertEquals(server.model().length / 2, Files.size(library.partialFor("silent")));
    }

    @Test
    void truncatedFileOnTheServer_failsAndKeepsThePartialOnly() {
        DownloadException e = assertThrows(DownloadException.class, () -> new ModelDownloader(library)
                .pull(entry("short", server.url("/truncated.gguf")), false, false, DownloadProgress.SILENT));
        assertTrue(e.getMessage().contains("truncated"), e.getMessage());
        assertTrue(library.find("short").isEmpty());
        assertFalse(Files.exists(library.fileFor("short")));
        assertTrue(Files.exists(library.partialFor("short")), "kept for a later resume");
    }

    @Test
    void corruptedDownload_isAChecksumMismatch_andNothingIsKept() {
        DownloadException e = assertThrows(DownloadException.class, () -> new ModelDownloader(library)
                .pull(entry("bad", server.url("/corrupt.gguf")), false, false, DownloadProgress.SILENT));
        assertTrue(e.getMessage().startsWith("checksum mismatch for bad: expected SHA-256 " + digest), e.getMessage());
        assertEquals(AmbitException.Failure.DOWNLOAD, e.failure());
        assertFalse(Files.exists(library.fileFor("bad")));
        assertFalse(Files.exists(library.partialFor("bad")), "a complete but wrong file is useless for resuming");
    }

    @Test
    void httpError_andUnreachableHost_areDownloadErrors() throws Exception {
        DownloadException notFound = assertThrows(DownloadException.class, () -> new ModelDownloader(library)
                .pull(entry("gone", server.url("/missing.gguf")), false, false, DownloadProgress.SILENT));
        assertTrue(notFound.getMessage().startsWith("HTTP 404 from "), notFound.getMessage());

        int closedPort;
        try (ServerSocket socket = new ServerSocket(0)) {
            closedPort = socket.getLocalPort();
        }
        DownloadException unreachable = assertThrows(DownloadException.class, () -> new ModelDownloader(library)
                .pull(entry("far", URI.create("http://127.0.0.1:" + closedPort + "/m.gguf")), false, false,
                        DownloadProgress.SILENT));
        assertTrue(unreachable.getMessage().startsWith("cannot reach 127.0.0.1:" + closedPort), unreachable.getMessage());
        assertEquals(AmbitException.Failure.DOWNLOAD, unreachable.failure());
    }

    @Test
    void installedModel_isNotDownloadedAgain_unlessForced() {
        CatalogEntry entry = entry("once", server.url("/model.gguf"));
        new ModelDownloader(library).pull(entry, false, false, DownloadProgress.SILENT);
        long requests = server.requests().size();

        assertFalse(new ModelDownloader(library).pull(entry, false, false, DownloadProgress.SILENT).downloaded());
        assertEquals(requests, server.requests().size(), "no request for an installed model");
        assertTrue(new ModelDownloader(library).pull(entry, true, false, DownloadProgress.SILENT).downloaded());
        assertEquals(requests + 1, server.requests().size());
    }

    @Test
    void notEnoughDiskSpace_isRefusedBeforeDownloading() {
        long requests = server.requests().size();
        CatalogEntry huge = new CatalogEntry("huge", CatalogEntry.Kind.CHAT, server.url("/model.gguf"),
                Optional.of(digest), OptionalLong.of(Long.MAX_VALUE / 2), "MIT", "none", 1, "too big");
        DownloadException e = assertThrows(DownloadException.class,
                () -> new ModelDownloader(library).pull(huge, false, false, DownloadProgress.SILENT));
        assertTrue(e.getMessage().startsWith("not enough free disk space for huge"), e.getMessage());
        assertEquals(requests, server.requests().size());
    }

    @Test
    void unverifiedEntry_needsExplicitConsent_andThenRecordsTheDigestFound() {
        CatalogEntry unverified = new CatalogEntry("loose", CatalogEntry.Kind.GUARD, server.url("/model.gguf"),
                Optional.empty(), OptionalLong.empty(), "MIT", "none", 1, "no published digest");
        DownloadException e = assertThrows(DownloadException.class,
                () -> new ModelDownloader(library).pull(unverified, false, false, DownloadProgress.SILENT));
        assertTrue(e.getMessage().contains("--allow-unverified"), e.getMessage());
        assertTrue(library.find("loose").isEmpty());

        InstalledModel m = new ModelDownloader(library).pull(unverified, false, true, DownloadProgress.SILENT).model();
        assertEquals(digest, m.sha256());
        assertEquals(CatalogEntry.Kind.GUARD, m.kind());
    }

    @Test
    void fileUrl_actsAsAMirrorOnADrive() throws Exception {
        new ModelDownloader(library).pull(entry("mirrored", TinyModel.path().toUri()), false, false,
                DownloadProgress.SILENT);
        assertArrayEquals(server.model(), Files.readAllBytes(library.fileFor("mirrored")));
        DownloadException e = assertThrows(DownloadException.class, () -> new ModelDownloader(library)
                .pull(entry("gone", home.resolve("nowhere.gguf").toUri()), false, false, DownloadProgress.SILENT));
        assertTrue(e.getMessage().startsWith("the mirror file for gone does not exist"), e.getMessage());
    }

    @Test
    void progress_reportsEveryByteUpToTheTotal() {
        long[] last = {0, 0};
        new ModelDownloader(library).pull(entry("watched", server.url("/model.gguf")), false, false,
                (have, total) -> {
                    assertTrue(have >= last[0], "progress never goes back");
                    last[0] = have;
                    last[1] = total;
                });
        assertEquals(server.model().length, last[0]);
        assertEquals(server.model().length, last[1]);
    }
}
