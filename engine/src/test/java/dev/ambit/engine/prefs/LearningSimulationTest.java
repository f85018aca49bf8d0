package dev.ambit.engine.prefs;

import dev.ambit.engine.policy.Dimension;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * Simulated users with hidden preferences on the four dimensions a reply visibly exhibits give noisy thumbs
 * and pairwise picks; we count the signals until the stored profile matches the hidden one. Prints the figures
 * the README reports.
 */
class LearningSimulationTest {
    static final Set<Dimension> MEASURABLE = EnumSet.of(Dimension.VERBOSITY, Dimension.FORMAT, Dimension.EMOJI,
            Dimension.EXPERTISE);
    private static final int USERS = 500;
    private static final int CAP = 200;
    private static final double[] NOISE_LEVELS = {0.0, 0.05, 0.1};
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-01-01T00:00:00Z"), ZoneOffset.UTC);

    enum Mode {
        THUMBS_ONLY,
        RANDOM_PAIRS,
        ACTIVE_PAIRS
    }

    @Test
    void activePairwiseQueries_learnFasterThanThumbsOrRandomPairs_andMeetTheGoalWithoutNoise() {
        Map<String, int[]> results = new java.util.LinkedHashMap<>();
        for (double noise : NOISE_LEVELS) {
            for (Mode mode : Mode.values()) {
                int[] signals = new int[USERS];
                Random random = new Random(42 + mode.ordinal());
                for (int u = 0; u < USERS; u++) {
                    signals[u] = simulate(mode, noise, random);
                }
                Arrays.sort(signals);
                results.put(mode + "@" + noise, signals);
                System.out.printf(Locale.ROOT, "simulation %-12s users=%d noise=%2.0f%%: median=%3d p90=%3d within10=%5.1f%% "
                        + "never(>%d)=%.1f%%%n", mode, USERS, noise * 100, signals[USERS / 2], signals[USERS * 9 / 10],
                        100.0 * within(signals, 10), CAP, 100.0 * Arrays.stream(signals).filter(s -> s > CAP).count() / USERS);
            }
        }
        for (double noise : NOISE_LEVELS) {
            int[] active = results.get(Mode.ACTIVE_PAIRS + "@" + noise);
            int[] random = results.get(Mode.RANDOM_PAIRS + "@" + noise);
            int[] thumbs = results.get(Mode.THUMBS_ONLY + "@" + noise);
            assertTrue(active[USERS / 2] < random[USERS / 2] && random[USERS / 2] < thumbs[USERS / 2],
                    "at noise " + noise + " active pairs should need fewer signals than random pairs, and those fewer than thumbs");
            assertTrue(within(active, 10) > within(random, 10), "active pairs should reach more users within 10 signals");
        }
        double noiseless = within(results.get(Mode.ACTIVE_PAIRS + "@0.0"), 10);
        assertTrue(noiseless >= 0.9, "goal: 90% of noiseless users learned within 10 signals, got " + noiseless);
    }

    private static double within(int[] signals, int n) {
        return (double) Arrays.stream(signals).filter(s -> s <= n).count() / signals.length;
    }

    /** Signals until the stored profile equals the hidden one on every measurable dimension; CAP + 1 if never. */
    static int simulate(Mode mode, double noise, Random random) {
        Map<Dimension, String> hidden = new EnumMap<>(Dimension.class);
        for (Dimension d : MEASURABLE) {
            hidden.put(d, d.vocabulary().get(random.nextInt(d.vocabulary().size())));
        }
        PreferenceLearner learner = new PreferenceLearner(Profile.inMemory(), PreferenceBounds.global(), CLOCK);
        for (int signal = 1; signal <= CAP; signal++) {
            switch (mode) {
                case ACTIVE_PAIRS -> {
                    Comparison c = learner.nextComparison(MEASURABLE).orElseThrow();
                    learner.choose(c, picksA(hidden.get(c.dimension()), c, noise, random), signal);
                }
                case RANDOM_PAIRS -> {
                    List<Dimension> dims = List.copyOf(MEASURABLE);
                    Dimension d = dims.get(random.nextInt(dims.size()));
                    List<String> values = d.vocabulary();
                    int i = random.nextInt(values.size());
                    int j = (i + 1 + random.nextInt(values.size() - 1)) % values.size();
                    Comparison c = new Comparison(d, values.get(i), values.get(j), 0);
                    learner.choose(c, picksA(hidden.get(d), c, noise, random), signal);
                }
                case THUMBS_ONLY -> {
                    Map<Dimension, String> shown = new EnumMap<>(Dimension.class);
                    for (Dimension d : MEASURABLE) {
                        boolean explore = random.nextDouble() < 0.3;
                        List<String> values = d.vocabulary();
                        shown.put(d, explore ? values.get(random.nextInt(values.size())) : learner.estimate(d).orElseThrow());
                    }
                    boolean up = shown.equals(hidden) ^ (random.nextDouble() < noise);
                    learner.feedback(features(shown), up, null, signal);
                }
            }
            if (matches(learner.profile(), hidden)) {
                return signal;
            }
        }
        return CAP + 1;
    }

    private static boolean matches(Profile profile, Map<Dimension, String> hidden) {
        return hidden.entrySet().stream().allMatch(e -> profile.value(e.getKey()).filter(e.getValue()::equals).isPresent());
    }

    /** The simulated user prefers the value nearer their own (ordered dimensions) or their own value; noisy. */
    private static boolean picksA(String own, Comparison c, double noise, Random random) {
        double ua = utility(c.dimension(), own, c.a());
        double ub = utility(c.dimension(), own, c.b());
        boolean a = ua == ub ? random.nextBoolean() : ua > ub;
        return a ^ (random.nextDouble() < noise);
    }

    private static double utility(Dimension d, String own, String value) {
        return d.ordered() ? -Math.abs(d.rank(own) - d.rank(value)) : own.equals(value) ? 0 : -1;
    }

    /** A reply that exhibits exactly {@code shown}, as {@link ReplyFeatures} would measure it. */
    static ReplyFeatures features(Map<Dimension, String> shown) {
        int words = switch (shown.get(Dimension.VERBOSITY)) {
            case "short" -> 30;
            case "medium" -> 120;
            default -> 300;
        };
        int[] lines = switch (shown.get(Dimension.FORMAT)) {
            case "bullets" -> new int[] {5, 5};
            case "mixed" -> new int[] {7, 3};
            default -> new int[] {4, 0};
        };
        int emoji = shown.get(Dimension.EMOJI).equals("none") ? 0 : 2;
        double grade = switch (shown.get(Dimension.EXPERTISE)) {
            case "beginner" -> 5;
            case "intermediate" -> 9;
            default -> 14;
        };
        ReplyFeatures f = new ReplyFeatures(words, lines[0], lines[1], emoji, grade, "");
        if (!f.observed().equals(shown)) {
            throw new AssertionError("simulated reply " + f + " does not exhibit " + shown + " but " + f.observed());
        }
        return f;
    }
}
