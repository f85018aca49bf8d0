package dev.ambit.engine.guard.lexical;

import dev.ambit.engine.policy.Hazard;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.zip.GZIPInputStream;
import java.util.zip.GZIPOutputStream;

/**
 * A learned lexical judge of prompts: a logistic regression over {@link Ngrams} for "should this be refused",
 * and a softmax over the same features (folded into a smaller table) for which hazard it falls under. Trained by
 * {@link LexicalTrainer} on labelled prompts; read and written in a small gzip'd binary form.
 *
 * <p>Contract: immutable and thread-safe once built; {@link #judge} is pure. Weights are held as bfloat16, as they
 * are stored: a model read back equals the model written, and the 2^19-entry table takes 1 MB of heap, not 2.
 */
public final class LexicalModel {
    private static final int MAGIC = 0x414d4c58; // "AMLX"
    private static final int FORMAT = 2;

    private final int bits;
    private final short[] unsafeWeights;
    private final float unsafeBias;
    private final int hazardBits;
    private final List<Hazard> hazards;
    private final short[][] hazardWeights;
    private final float[] hazardBias;

    LexicalModel(int bits, float[] unsafeWeights, float unsafeBias, int hazardBits, List<Hazard> hazards,
            float[][] hazardWeights, float[] hazardBias) {
        this(bits, toBfloat16(unsafeWeights), unsafeBias, hazardBits, hazards, toBfloat16(hazardWeights), hazardBias);
    }

    private LexicalModel(int bits, short[] unsafeWeights, float unsafeBias, int hazardBits, List<Hazard> hazards,
            short[][] hazardWeights, float[] hazardBias) {
        if (hazardBits > bits) {
            throw new IllegalArgumentException("hazardBits must be at most bits (" + bits + "), got " + hazardBits);
        }
        if (unsafeWeights.length != 1 << bits) {
            throw new IllegalArgumentException("unsafeWeights must have 2^" + bits + " entries, got " + unsafeWeights.length);
        }
        if (hazards.isEmpty() || hazardWeights.length != hazards.size() || hazardBias.length != hazards.size()) {
            throw new IllegalArgumentException("hazards, hazardWeights and hazardBias must be non-empty and of one "
                    + "length, got " + hazards.size() + ", " + hazardWeights.length + ", " + hazardBias.length);
        }
        for (short[] w : hazardWeights) {
            if (w.length != 1 << hazardBits) {
                throw new IllegalArgumentException("each hazard's weights must have 2^" + hazardBits + " entries, got "
                        + w.length);
            }
        }
        this.bits = bits;
        this.unsafeWeights = unsafeWeights;
        this.unsafeBias = unsafeBias;
        this.hazardBits = hazardBits;
        this.hazards = List.copyOf(hazards);
        this.hazardWeights = hazardWeights;
        this.hazardBias = hazardBias;
    }

    /**
     * The model's view of a prompt.
     *
     * @param unsafe the probability, within [0, 1], that the prompt should be refused
     * @param hazard the likeliest hazard, should it be refused
     */
    public record Judgement(double unsafe, Hazard hazard) {
        public Judgement {
            Objects.requireNonNull(hazard, "hazard");
            if (!(unsafe >= 0 && unsafe <= 1)) {
                throw new IllegalArgumentException("unsafe must be within [0, 1], got " + unsafe);
            }
        }
    }

    /** Judges {@code normalizedText} (as {@code TextNormalizer} leaves it). */
    public Judgement judge(String normalizedText) {
        int[] features = features(normalizedText);
        return new Judgement(unsafe(features), hazard(features));
    }

    /** The buckets of {@code normalizedText} in this model's table. */
    public int[] features(String normalizedText) {
        return Ngrams.of(normalizedText, bits);
    }

    /** The probability that the prompt with these features should be refused. */
    public double unsafe(int[] features) {
        float scale = scale(features.length);
        float z = unsafeBias;
        for (int f : features) {
            z += weight(unsafeWeights, f) * scale;
        }
        return sigmoid(z);
    }

    /** The likeliest hazard of the prompt with these features, should it be refused. */
    public Hazard hazard(int[] features) {
        return hazards.get(argmax(hazardScores(features, scale(features.length))));
    }

    float[] hazardScores(int[] features, float scale) {
        int mask = (1 << hazardBits) - 1;
        float[] z = hazardBias.clone();
        for (int k = 0; k < z.length; k++) {
            short[] w = hazardWeights[k];
            for (int f : features) {
                z[k] += weight(w, f & mask) * scale;
            }
        }
        return z;
    }

    private static float weight(short[] table, int at) {
        return Float.intBitsToFloat(table[at] << 16);
    }

    /** Features count as 1/sqrt(n), so a long prompt does not outvote a short one by length alone. */
    static float scale(int features) {
        return features == 0 ? 0f : (float) (1.0 / Math.sqrt(features));
    }

    static double sigmoid(double z) {
        return 1.0 / (1.0 + StrictMath.exp(-z));
    }

    private static int argmax(float[] v) {
        int best = 0;
        for (int i = 1; i < v.length; i++) {
            if (v[i] > v[best]) {
                best = i;
            }
        }
        return best;
    }

    public int bits() {
        return bits;
    }

    public List<Hazard> hazards() {
        return hazards;
    }

    /** True when both models hold the same weights for the same hazards. */
    public boolean sameWeights(LexicalModel other) {
        return bits == other.bits && hazardBits == other.hazardBits && hazards.equals(other.hazards)
                && Float.compare(unsafeBias, other.unsafeBias) == 0 && Arrays.equals(unsafeWeights, other.unsafeWeights)
                && Arrays.equals(hazardBias, other.hazardBias) && Arrays.deepEquals(hazardWeights, other.hazardWeights);
    }

    public void write(OutputStream out) {
        try {
            GZIPOutputStream zip = new GZIPOutputStream(out);
            DataOutputStream data = new DataOutputStream(zip);
            data.writeInt(MAGIC);
            data.writeInt(FORMAT);
            data.writeInt(bits);
            data.writeInt(hazardBits);
            data.writeInt(hazards.size());
            for (Hazard h : hazards) {
                data.writeUTF(h.id());
            }
            writeHalves(data, unsafeWeights);
            data.writeFloat(unsafeBias);
            for (short[] w : hazardWeights) {
                writeHalves(data, w);
            }
            writeFloats(data, hazardBias);
            data.flush();
            zip.finish();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the lexical model", e);
        }
    }

    /** @throws IllegalArgumentException when {@code in} is not a lexical model of a format this build reads */
    public static LexicalModel read(InputStream in) {
        try {
            DataInputStream data = new DataInputStream(new GZIPInputStream(in));
            if (data.readInt() != MAGIC || data.readInt() != FORMAT) {
                throw new IllegalArgumentException("not a lexical guard model of format " + FORMAT);
            }
            int bits = checkedBits(data.readInt(), "bits");
            int hazardBits = checkedBits(data.readInt(), "hazardBits");
            int count = data.readInt();
            if (count < 1 || count > Hazard.values().length) {
                throw new IllegalArgumentException("hazard count must be within [1, " + Hazard.values().length
                        + "], got " + count);
            }
            List<Hazard> hazards = new ArrayList<>();
            for (int i = 0; i < count; i++) {
                String id = data.readUTF();
                hazards.add(Hazard.parse(id).orElseThrow(
                        () -> new IllegalArgumentException("unknown hazard '" + id + "' in the lexical model")));
            }
            short[] unsafe = readHalves(data, 1 << bits);
            float bias = data.readFloat();
            short[][] hw = new short[count][];
            for (int i = 0; i < count; i++) {
                hw[i] = readHalves(data, 1 << hazardBits);
            }
            return new LexicalModel(bits, unsafe, bias, hazardBits, hazards, hw, readFloats(data, count));
        } catch (IOException e) {
            throw new IllegalArgumentException("the lexical guard model is truncated or damaged: " + e.getMessage(), e);
        }
    }

    private static int checkedBits(int value, String field) {
        if (value < 8 || value > 24) {
            throw new IllegalArgumentException(field + " must be within [8, 24], got " + value);
        }
        return value;
    }

    /**
     * Writes each weight as a bfloat16 (the float's upper half, rounded to nearest even): half the size, and a
     * weight keeps about three significant digits, far finer than the model's own error.
     */
    private static void writeFloats(DataOutputStream out, float[] values) throws IOException {
        for (float v : values) {
            out.writeShort(toBfloat16(v));
        }
    }

    private static void writeHalves(DataOutputStream out, short[] values) throws IOException {
        for (short v : values) {
            out.writeShort(v);
        }
    }

    private static short[] toBfloat16(float[] values) {
        short[] out = new short[values.length];
        for (int i = 0; i < values.length; i++) {
            out[i] = toBfloat16(values[i]);
        }
        return out;
    }

    private static short[][] toBfloat16(float[][] values) {
        short[][] out = new short[values.length][];
        for (int i = 0; i < values.length; i++) {
            out[i] = toBfloat16(values[i]);
        }
        return out;
    }

    static short toBfloat16(float v) {
        int bits = Float.floatToIntBits(v);
        if (Float.isNaN(v)) {
            return (short) ((bits >>> 16) | 0x40);
        }
        int rounding = 0x7fff + ((bits >>> 16) & 1);
        return (short) ((bits + rounding) >>> 16);
    }

    /** Reads {@code n} bfloat16 weights in one go: one at a time through the inflater takes far longer. */
    private static short[] readHalves(DataInputStream in, int n) throws IOException {
        byte[] bytes = new byte[n * Short.BYTES];
        in.readFully(bytes);
        short[] halves = new short[n];
        ByteBuffer.wrap(bytes).asShortBuffer().get(halves);
        return halves;
    }

    private static float[] readFloats(DataInputStream in, int n) throws IOException {
        short[] halves = readHalves(in, n);
        float[] v = new float[n];
        for (int i = 0; i < n; i++) {
            v[i] = Float.intBitsToFloat(halves[i] << 16);
        }
        return v;
    }
}
