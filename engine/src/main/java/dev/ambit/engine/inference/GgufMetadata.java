package dev.ambit.engine.inference;

import java.io.BufferedInputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * The key/value header of a GGUF file, read without loading the model. Checking the header in Java first means
 * a wrong file gets a clear message instead of a native failure, and tells us what the binding does not expose
 * (the trained context length, whether the file carries a chat template).
 *
 * <p>Scalar and string values are kept; arrays (the vocabulary) are skipped.
 */
public record GgufMetadata(int version, long tensorCount, Map<String, Object> values) {
    static final int MAGIC = 0x46554747; // "GGUF" read little-endian
    private static final long MAX_STRING_BYTES = 64L * 1024 * 1024;
    private static final long MAX_KV_COUNT = 1_000_000;
    /** Real files nest arrays a level or two; a crafted one could nest them deeper than the stack goes. */
    private static final int MAX_ARRAY_DEPTH = 64;

    public GgufMetadata {
        if (version < 1) {
            throw new IllegalArgumentException("version must be >= 1, got " + version);
        }
        values = Map.copyOf(values);
    }

    /** Reads the header of {@code path}; throws {@link ModelException} naming the path when it is not usable. */
    public static GgufMetadata read(Path path) {
        if (!Files.exists(path)) {
            throw new ModelException("model file not found: " + path);
        }
        if (Files.isDirectory(path)) {
            throw new ModelException("model path is a directory, not a GGUF file: " + path);
        }
        try (InputStream in = new BufferedInputStream(Files.newInputStream(path), 1 << 16)) {
            return parse(in, path.toString());
        } catch (NoSuchFileException e) {
            throw new ModelException("model file not found: " + path, e);
        } catch (AccessDeniedException e) {
            throw new ModelException("model file is not readable (permission denied): " + path, e);
        } catch (EOFException e) {
            throw new ModelException("model file is truncated or not a GGUF model: " + path, e);
        } catch (IOException e) {
            throw new ModelException("cannot read model file " + path + ": " + e.getMessage(), e);
        }
    }

    /** Parses a header from a stream; {@code name} is used in error messages. */
    public static GgufMetadata parse(InputStream in, String name) throws IOException {
        LittleEndian le = new LittleEndian(in);
        int magic = le.u32();
        if (magic != MAGIC) {
            throw new ModelException("not a GGUF model file (wrong magic bytes): " + name);
        }
        int version = le.u32();
        if (version < 1 || version > 3) {
            throw new ModelException("unsupported GGUF version " + version + " in " + name + " (supported: 1 to 3)");
        }
        long tensors = le.u64();
        long kvCount = le.u64();
        if (tensors < 0 || kvCount < 0 || kvCount > MAX_KV_COUNT) {
            throw new ModelException("corrupt GGUF header (implausible counts) in " + name);
        }
        Map<String, Object> values = new LinkedHashMap<>();
        for (long i = 0; i < kvCount; i++) {
            String key = le.string(MAX_STRING_BYTES, name);
            int type = le.u32();
            Object value = readValue(le, type, name);
            if (value != null) {
                values.put(key, value);
            }
        }
        return new GgufMetadata(version, tensors, values);
    }

    private static Object readValue(LittleEndian le, int type, String name) throws IOException {
        return switch (type) {
            case 0 -> (long) le.u8();
            case 1 -> (long) (byte) le.u8();
            case 2 -> (long) le.u16();
            case 3 -> (long) (short) le.u16();
            case 4 -> Integer.toUnsignedLong(le.u32());
            case 5 -> (long) le.u32();
            case 6 -> (double) Float.intBitsToFloat(le.u32());
            case 7 -> le.u8() != 0;
            case 8 -> le.string(MAX_STRING_BYTES, name);
            case 9 -> {
                skipArray(le, name, 1);
                yield null;
            }
            case 10, 11 -> le.u64();
            case 12 -> Double.longBitsToDouble(le.u64());
            default -> throw new ModelException("corrupt GGUF header (unknown value type " + type + ") in " + name);
        };
    }

    private static void skipArray(LittleEndian le, String name, int depth) throws IOException {
        if (depth > MAX_ARRAY_DEPTH) {
            throw new ModelException(
                    "corrupt GGUF header (arrays nested deeper than " + MAX_ARRAY_DEPTH + ") in " + name);
        }
        int elementType = le.u32();
        long count = le.u64();
        if (count < 0) {
            throw new ModelException("corrupt GGUF header (negative array length) in " + name);
        }
        for (long i = 0; i < count; i++) {
            if (elementType == 9) {
                skipArray(le, name, depth + 1);
            } else if (elementType == 8) {
                le.skip(le.u64CheckedLength(MAX_STRING_BYTES, name));
            } else {
                le.skip(scalarWidth(elementType, name));
            }
        }
    }

    private static int scalarWidth(int type, String name) {
        return switch (type) {
            case 0, 1, 7 -> 1;
            case 2, 3 -> 2;
            case 4, 5, 6 -> 4;
            case 10, 11, 12 -> 8;
            default -> throw new ModelException("corrupt GGUF header (unknown array type " + type + ") in " + name);
        };
    }

    public Optional<String> string(String key) {
        Object v = values.get(key);
        return v instanceof String ? Optional.of((String) v) : Optional.empty();
    }

    public Optional<Long> number(String key) {
        Object v = values.get(key);
        return v instanceof Long ? Optional.of((Long) v) : Optional.empty();
    }

    /** {@code general.architecture}, e.g. "llama". */
    public String architecture() {
        return string("general.architecture").orElse("unknown");
    }

    /** The context length the model was trained with, when the file says. */
    public Optional<Long> trainedContextLength() {
        return number(architecture() + ".context_length");
    }

    /** Size of one attention head's keys, when the file says (directly, or as embedding size ÷ heads). */
    public Optional<Long> keyHeadSize() {
        String arch = architecture();
        Optional<Long> direct = number(arch + ".attention.key_length");
        if (direct.isPresent()) {
            return direct;
        }
        Optional<Long> heads = number(arch + ".attention.head_count").filter(h -> h > 0);
        return number(arch + ".embedding_length").flatMap(e -> heads.map(h -> e / h));
    }

    /** The Jinja chat template embedded in the file, when there is one. */
    public Optional<String> chatTemplate() {
        return string("tokenizer.chat_template").filter(s -> !s.isBlank());
    }

    /** Little-endian primitive reads over a stream, failing with EOFException on a short file. */
    private static final class LittleEndian {
        private final InputStream in;

        LittleEndian(InputStream in) {
            this.in = in;
        }

        int u8() throws IOException {
            int b = in.read();
            if (b < 0) {
                throw new EOFException();
            }
            return b;
        }

        int u16() throws IOException {
            return u8() | (u8() << 8);
        }

        int u32() throws IOException {
            return u8() | (u8() << 8) | (u8() << 16) | (u8() << 24);
        }

        long u64() throws IOException {
            return (u32() & 0xFFFFFFFFL) | ((long) u32() << 32);
        }

        long u64CheckedLength(long max, String name) throws IOException {
            long len = u64();
            if (len < 0 || len > max) {
                throw new ModelException("corrupt GGUF header (string of " + len + " bytes) in " + name);
            }
            return len;
        }

        String string(long max, String name) throws IOException {
            int len = (int) u64CheckedLength(max, name);
            byte[] bytes = in.readNBytes(len);
            if (bytes.length != len) {
                throw new EOFException();
            }
            return new String(bytes, StandardCharsets.UTF_8);
        }

        void skip(long n) throws IOException {
            long left = n;
            while (left > 0) {
                long skipped = in.skip(left);
                if (skipped <= 0) {
                    if (in.read() < 0) {
                        throw new EOFException();
                    }
                    skipped = 1;
                }
                left -= skipped;
            }
        }
    }
}
