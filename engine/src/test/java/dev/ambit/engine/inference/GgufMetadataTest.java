package dev.ambit.engine.inference;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.ambit.engine.testing.TinyModel;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class GgufMetadataTest {
    @TempDir
    Path dir;

    @Test
    void tinyModel_headerIsReadWithoutLoadingTheModel() {
        GgufMetadata meta = GgufMetadata.read(TinyModel.path());
        assertEquals("llama", meta.architecture());
        assertEquals(2048L, meta.trainedContextLength().orElseThrow());
        assertFalse(meta.chatTemplate().isPresent(), "the tiny model carries no chat template");
    }

    @Test
    void missingFile_messageNamesThePath() {
        Path missing = dir.resolve("nope.gguf");
        ModelException e = assertThrows(ModelException.class, () -> GgufMetadata.read(missing));
        assertTrue(e.getMessage().contains(missing.toString()), e.getMessage());
    }

    @Test
    void textFile_isRejectedAsNotGguf() throws IOException {
        Path text = Files.writeString(dir.resolve("notes.gguf"), "this is not a model");
        ModelException e = assertThrows(ModelException.class, () -> GgufMetadata.read(text));
        assertTrue(e.getMessage().contains("not a GGUF"), e.getMessage());
    }

    @Test
    void directory_isRejectedWithAClearMessage() {
        ModelException e = assertThrows(ModelException.class, () -> GgufMetadata.read(dir));
        assertTrue(e.getMessage().contains("directory"), e.getMessage());
    }

    @Test
    void truncatedHeader_isReportedAsTruncated() throws IOException {
        byte[] whole = Files.readAllBytes(TinyModel.path());
        Path cut = Files.write(dir.resolve("cut.gguf"), Arrays.copyOf(whole, 300));
        ModelException e = assertThrows(ModelException.class, () -> GgufMetadata.read(cut));
        assertTrue(e.getMessage().contains("truncated"), e.getMessage());
    }

    @Test
    void keyHeadSize_comesFromKeyLength_elseEmbeddingOverHeads() throws IOException {
        assertEquals(java.util.Optional.of(8L), GgufMetadata.read(TinyModel.path()).keyHeadSize());
        Map<String, Object> direct = new java.util.LinkedHashMap<>(Map.of("general.architecture", "llama",
                "llama.attention.key_length", 128L, "llama.embedding_length", 576L, "llama.attention.head_count", 9L));
        assertEquals(java.util.Optional.of(128L),
                GgufMetadata.parse(new ByteArrayInputStream(GgufWriter.header(3, direct, 1)), "direct").keyHeadSize());
        direct.remove("llama.attention.key_length");
        assertEquals(java.util.Optional.of(64L),
                GgufMetadata.parse(new ByteArrayInputStream(GgufWriter.header(3, direct, 1)), "derived").keyHeadSize());
        direct.remove("llama.attention.head_count");
        assertEquals(java.util.Optional.empty(),
                GgufMetadata.parse(new ByteArrayInputStream(GgufWriter.header(3, direct, 1)), "none").keyHeadSize());
    }

    @Property(tries = 200)
    void writtenHeaders_roundTrip(@ForAll("values") Map<String, Object> values, @ForAll @IntRange(max = 50) int tokens)
            throws IOException {
        byte[] bytes = GgufWriter.header(3, values, tokens);
        GgufMetadata meta = GgufMetadata.parse(new ByteArrayInputStream(bytes), "generated");
        assertEquals(values, meta.values());
    }

    @Property(tries = 300)
    void anyPrefixOfAHeader_failsCleanlyOrParses(@ForAll("values") Map<String, Object> values, @ForAll @IntRange(max = 400) int cut) {
        byte[] bytes = GgufWriter.header(3, values, 3);
        byte[] prefix = Arrays.copyOf(bytes, Math.min(cut, bytes.length));
        try {
            GgufMetadata.parse(new ByteArrayInputStream(prefix), "prefix");
        } catch (IOException | ModelException expected) {
            // A clean, typed failure is the contract; anything else (e.g. OutOfMemoryError) fails the property.
        }
    }

    @Provide
    Arbitrary<Map<String, Object>> values() {
        Arbitrary<String> keys = Arbitraries.strings().withCharRange('a', 'z').withChars('.', '_').ofMinLength(1).ofMaxLength(20);
        Arbitrary<Object> vals = Arbitraries.oneOf(
                Arbitraries.strings().ofMaxLength(40).map(s -> (Object) s),
                Arbitraries.longs().map(l -> (Object) l),
                Arbitraries.of(true, false).map(b -> (Object) b));
        return Arbitraries.maps(keys.filter(k -> !k.equals("tokenizer.ggml.tokens")), vals)
                .ofMaxSize(8)
                .map(LinkedHashMap::new);
    }
}
