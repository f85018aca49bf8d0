package dev.ambit.engine.prefs;

import java.util.Arrays;
import java.util.Comparator;
import java.util.Random;
import java.util.stream.IntStream;

/**
 * A reference for {@link LearningSimulationTest}: how fast a questioner with far more freedom than ambit's learner
 * identifies a hidden profile when every answer is flipped with the given chance. It may ask any yes/no question
 * ("is your profile one of these?"), knows the noise rate exactly, and keeps the exact posterior over all
 * profiles of the measurable dimensions; each question splits the posterior mass as near to half as it can
 * (Horstein's scheme for a noisy channel with feedback). Counted like the learner: signals until its most
 * probable profile is the hidden one.
 */
final class NoisyQuestions {
    private static final int CAP = 200;

    private NoisyQuestions() {
    }

    /** The signals each of {@code users} simulated users needed; CAP + 1 for never. */
    static int[] signals(int users, double noise, Random random) {
        int profiles = LearningSimulationTest.MEASURABLE.stream().mapToInt(d -> d.vocabulary().size())
                .reduce(1, (a, b) -> a * b);
        int[] out = new int[users];
        for (int u = 0; u < users; u++) {
            out[u] = identify(profiles, random.nextInt(profiles), noise, random);
        }
        return out;
    }

    private static int identify(int profiles, int hidden, double noise, Random random) {
        // An exactly noiseless answer would zero the posterior; a tiny flip chance keeps the arithmetic finite.
        double flip = Math.max(noise, 1e-9);
        double[] p = new double[profiles];
        Arrays.fill(p, 1.0 / profiles);
        for (int signal = 1; signal <= CAP; signal++) {
            double[] mass = p;
            Integer[] order = IntStream.range(0, profiles).boxed().sorted(Comparator.comparingDouble(i -> -mass[i]))
                    .toArray(Integer[]::new);
            boolean[] asked = new boolean[profiles];
            double inSet = 0;
            for (int i : order) {
                if (inSet == 0 || inSet + p[i] <= 0.5) {
                    asked[i] = true;
                    inSet += p[i];
                }
            }
            boolean yes = asked[hidden] ^ (random.nextDouble() < noise);
            double sum = 0;
            for (int i = 0; i < profiles; i++) {
                p[i] *= asked[i] == yes ? 1 - flip : flip;
                sum += p[i];
            }
            int best = 0;
            for (int i = 0; i < profiles; i++) {
                p[i] /= sum;
                best = p[i] > p[best] ? i : best;
            }
            if (best == hidden) {
                return signal;
            }
        }
        return CAP + 1;
    }
}
