package dev.ambit.engine.inference;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class NativeBuildTest {
    @TempDir
    Path nativeDir;

    private Path installLocal(String properties) throws IOException {
        Path dir = NativeBuild.localDirectory(nativeDir, "4.2.0");
        Files.createDirectories(dir);
        Files.writeString(dir.resolve(NativeBuild.libraryFileName().orElseThrow()), "not loaded by this test");
        if (properties != null) {
            Files.writeString(dir.resolve(NativeBuild.INFO_FILE), properties);
        }
        return dir;
    }

    @Test
    void nothingInstalled_selectsTheBundledLibrary() {
        NativeBuild build = NativeBuild.select(Optional.empty(), nativeDir, "4.2.0");
        assertEquals(NativeBuild.Source.BUNDLED, build.source());
        assertTrue(build.description().contains("4.2.0"), build.description());
    }

    @Test
    void localBuild_isPreferredToTheBundledOne_andDescribedByItsBuildInfo() throws IOException {
        Path dir = installLocal("llama_cpp=b4980\ncpu=GGML_NATIVE=ON\ngpu=none\n");
        NativeBuild build = NativeBuild.select(Optional.empty(), nativeDir, "4.2.0");
        assertEquals(NativeBuild.Source.LOCAL, build.source());
        assertEquals(Optional.of(dir), build.directory());
        assertFalse(build.gpu());
        assertEquals("local (llama.cpp b4980, GGML_NATIVE=ON)", build.description());
    }

    @Test
    void localCudaBuild_canOffloadToTheGpu() throws IOException {
        installLocal("llama_cpp=b4916\ncpu=GGML_NATIVE=ON\ngpu=cuda\n");
        NativeBuild build = NativeBuild.select(Optional.empty(), nativeDir, "4.2.0");
        assertTrue(build.gpu());
        assertTrue(build.description().endsWith("gpu cuda)"), build.description());
    }

    @Test
    void localBuildOfAnotherBindingVersion_isIgnored() throws IOException {
        installLocal(null);
        assertEquals(NativeBuild.Source.BUNDLED, NativeBuild.select(Optional.empty(), nativeDir, "4.3.0").source());
    }

    @Test
    void localDirectoryWithoutItsLibrary_isIgnored() throws IOException {
        Files.createDirectories(NativeBuild.localDirectory(nativeDir, "4.2.0"));
        assertEquals(NativeBuild.Source.BUNDLED, NativeBuild.select(Optional.empty(), nativeDir, "4.2.0").source());
    }

    @Test
    void localBuildWithoutBuildInfo_stillLoads_andSaysItIsUnknown() throws IOException {
        installLocal(null);
        NativeBuild build = NativeBuild.select(Optional.empty(), nativeDir, "4.2.0");
        assertEquals(NativeBuild.Source.LOCAL, build.source());
        assertTrue(build.description().contains("unknown"), build.description());
    }

    @Test
    void userPath_winsOverALocalBuild() throws IOException {
        installLocal("gpu=none\n");
        NativeBuild build = NativeBuild.select(Optional.of("/opt/jllama-cuda"), nativeDir, "4.2.0");
        assertEquals(NativeBuild.Source.USER, build.source());
        assertEquals(Optional.of(Path.of("/opt/jllama-cuda")), build.directory());
    }

    @Test
    void localBuildWithoutADirectory_isRejectedByTheRecord() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> new NativeBuild(NativeBuild.Source.LOCAL, Optional.empty(), false, "x"));
        assertTrue(e.getMessage().startsWith("directory:"), e.getMessage());
    }
}
