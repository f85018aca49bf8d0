package dev.ambit.engine.guard.lexical;

import dev.ambit.engine.policy.Hazard;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Random;

/**
 * Fits a {@link LexicalModel} to labelled prompts: logistic regression for refuse-or-allow over all examples, and a
 * softmax over the hazards of the unsafe examples whose hazard is known. Stochastic gradient descent with AdaGrad
 * step sizes and L2 shrinkage of the weights an example touches, in an order shuffled by a fixed seed.
 *
 * <p>Contract: deterministic — the same examples and settings give the same weights bit for bit on every JVM
 * (Java's float arithmetic is strict), so a bundled model can be checked against its training data.
 */
public final class LexicalTrainer {
    private LexicalTrainer() {}

    /**
     * One training prompt.
     *
     * @param normalizedText the prompt as {@code TextNormalizer} leaves it
     * @param unsafe true when it should be refused or redirected
     * @param hazard its hazard when unsafe and known; empty otherwise
     */
    public record Example(String normalizedText, boolean unsafe, Optional<Hazard> hazard) {
        public Example {
            Objects.requireNonNull(normalizedText, "normalizedText");
            Objects.requireNonNull(hazard, "hazard");
            if (!unsafe && hazard.isPresent()) {
                throw new IllegalArgumentException("hazard must be empty for a safe example, got " + hazard.get());
            }
        }
    }

    /**
     * How to train.
     *
     * @param bits log2 of the refuse-or-allow table's size
     * @param hazardBits log2 of each hazard's table size, at most {@code bits}
     * @param epochs passes over the examples
     * @param learningRate AdaGrad's base step
     * @param l2 shrinkage per touch of a weight
     * @param seed the shuffle's seed
     */
    public record Settings(int bits, int hazardBits, int epochs, float learningRate, float l2, long seed) {
        public static final Settings DEFAULT = new Settings(19, 13, 25, 0.4f, 1e-4f, 20261123L);

        public Settings {
            if (bits < 8 || bits > 24) {
                throw new IllegalArgumentException("bits must be within [8, 24], got " + bits);
            }
            if (hazardBits < 8 || hazardBits > bits) {
                throw new IllegalArgumentException("hazardBits must be within [8, bits=" + bits + "], got " + hazardBits);
            }
            if (epochs < 1 || epochs > 1000) {
                throw new IllegalArgumentException("epochs must be within [1, 1000], got " + epochs);
            }
            if (!(learningRate > 0 && learningRate <= 10)) {
                throw new IllegalArgumentException("learningRate must be within (0, 10], got " + learningRate);
            }
            if (!(l2 >= 0 && l2 < 1)) {
                throw new IllegalArgumentException("l2 must be within [0, 1), got " + l2);
            }
        }
    }

    public static LexicalModel train(List<Example> examples, Settings s) {
        if (examples.stream().noneMatch(Example::unsafe) || examples.stream().allMatch(Example::unsafe)) {
            throw new IllegalArgumentException("examples must hold both safe and unsafe prompts");
        }
        List<Hazard> hazards = examples.stream().flatMap(e -> e.hazard().stream()).distinct().sorted().toList();
        if (hazards.isEmpty()) {
            throw new IllegalArgumentException("examples must name the hazard of at least one unsafe prompt");
        }
        int[][] features = new int[examples.size()][];
        for (int i = 0; i < features.length; i++) {
            features[i] = Ngrams.of(examples.get(i).normalizedText(), s.bits());
        }
        Binary binary = new Binary(1 << s.bits(), s);
        Softmax softmax = new Softmax(hazards.size(), 1 << s.hazardBits(), s);
        Random random = new Random(s.seed());
        int[] order = new int[examples.size()];
        for (int i = 0; i < order.length; i++) {
            order[i] = i;
        }
        for (int epoch = 0; epoch < s.epochs(); epoch++) {
            shuffle(order, random);
            for (int i : order) {
                Example e = examples.get(i);
                binary.step(features[i], e.unsafe() ? 1f : 0f);
                if (e.hazard().isPresent()) {
                    softmax.step(features[i], hazards.indexOf(e.hazard().get()));
                }
            }
        }
        return new LexicalModel(s.bits(), binary.w, binary.bias, s.hazardBits(), new ArrayList<>(hazards), softmax.w,
                softmax.bias);
    }

    private static void shuffle(int[] a, Random random) {
        for (int i = a.length - 1; i > 0; i--) {
            int j = random.nextInt(i + 1);
            int t = a[i];
            a[i] = a[j];
            a[j] = t;
        }
    }

    /** Refuse-or-allow: one weight per bucket and a bias, with AdaGrad's squared-gradient sums. */
    private static final class Binary {
        final float[] w;
        final float[] g2;
        float bias;
        float biasG2;
        final Settings s;

        Binary(int size, Settings s) {
            this.w = new float[size];
            this.g2 = new float[size];
            this.s = s;
        }

        void step(int[] features, float target) {
            float scale = LexicalModel.scale(features.length);
            float z = bias;
            for (int f : features) {
                z += w[f] * scale;
            }
            float error = (float) LexicalModel.sigmoid(z) - target;
            for (int f : features) {
                float g = error * scale + s.l2() * w[f];
                g2[f] += g * g;
                w[f] -= s.learningRate() * g / (float) Math.sqrt(g2[f] + 1e-8f);
            }
            biasG2 += error * error;
            bias -= s.learningRate() * error / (float) Math.sqrt(biasG2 + 1e-8f);
        }
    }

    /** Which hazard: one table per hazard over the folded buckets, trained with the softmax's cross-entropy. */
    private static final class Softmax {
        final float[][] w;
        final float[][] g2;
        final float[] bias;
        final float[] biasG2;
        final int mask;
        final Settings s;

        Softmax(int classes, int size, Settings s) {
            this.w = new float[classes][size];
            this.g2 = new float[classes][size];
            this.bias = new float[classes];
            this.biasG2 = new float[classes];
            this.mask = size - 1;
            this.s = s;
        }

        void step(int[] features, int target) {
            float scale = LexicalModel.scale(features.length);
            float[] p = probabilities(features, scale);
            for (int k = 0; k < w.length; k++) {
                float error = p[k] - (k == target ? 1f : 0f);
                float[] wk = w[k];
                float[] gk = g2[k];
                for (int f : features) {
                    int b = f & mask;
                    float g = error * scale + s.l2() * wk[b];
                    gk[b] += g * g;
                    wk[b] -= s.learningRate() * g / (float) Math.sqrt(gk[b] + 1e-8f);
                }
                biasG2[k] += error * error;
                bias[k] -= s.learningRate() * error / (float) Math.sqrt(biasG2[k] + 1e-8f);
            }
        }

        private float[] probabilities(int[] features, float scale) {
            float[] z = bias.clone();
            float max = Float.NEGATIVE_INFINITY;
            for (int k = 0; k < z.length; k++) {
                for (int f : features) {
                    z[k] += w[k][f & mask] * scale;
                }
                max = Math.max(max, z[k]);
            }
            float sum = 0;
            for (int k = 0; k < z.length; k++) {
                z[k] = (float) StrictMath.exp(z[k] - max);
                sum += z[k];
            }
            for (int k = 0; k < z.length; k++) {
                z[k] /= sum;
            }
            return z;
        }
    }
}
