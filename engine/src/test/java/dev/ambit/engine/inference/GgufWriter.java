package dev.ambit.engine.inference;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Map;

/** Writes minimal GGUF headers for parser tests: scalars and strings, plus one skipped array. */
final class GgufWriter {
    private final ByteArrayOutputStream out = new ByteArrayOutputStream();

    static byte[] header(int version, Map<String, Object> values, int arrayLength) {
        GgufWriter w = new GgufWriter();
        w.u32(GgufMetadata.MAGIC);
        w.u32(version);
        w.u64(0);
        w.u64(values.size() + 1L);
        w.string("tokenizer.ggml.tokens");
        w.u32(9);
        w.u32(8);
        w.u64(arrayLength);
        for (int i = 0; i < arrayLength; i++) {
            w.string("tok" + i);
        }
        values.forEach((k, v) -> {
            w.string(k);
            if (v instanceof String s) {
                w.u32(8);
                w.string(s);
            } else if (v instanceof Long l) {
                w.u32(11);
                w.u64(l);
            } else if (v instanceof Boolean b) {
                w.u32(7);
                w.out.write(b ? 1 : 0);
            } else {
                throw new IllegalArgumentException("unsupported test value " + v);
            }
        });
        return w.out.toByteArray();
    }

    private void u32(int v) {
        for (int i = 0; i < 4; i++) {
            out.write((v >>> (8 * i)) & 0xFF);
        }
    }

    private void u64(long v) {
        for (int i = 0; i < 8; i++) {
            out.write((int) ((v >>> (8 * i)) & 0xFF));
        }
    }

    private void string(String s) {
        byte[] b = s.getBytes(StandardCharsets.UTF_8);
        u64(b.length);
        out.write(b, 0, b.length);
    }
}
