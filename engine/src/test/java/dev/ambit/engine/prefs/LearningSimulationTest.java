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
 * and pairwise picks; we count the signals until the stored profile matches the hidden one on all four. Prints
 * the table the README reports:
 * {@code mvn -B -q -o test -pl engine -am -Dtest=LearningSimulationTest -Dsurefire.failIfNoSpecifiedTests=false}
 * then {@code grep '^|' engine/target/surefire-reports/*LearningSimulationTest-output.txt}.
 */
class LearningSimulationTest {
    static final Set<Dimension> MEASURABLE = EnumSet.of(Dimension.VERBOSITY, Dimension.FORMAT, Dimension.EMOJI,
            Dimension.EXPERTISE);
    private static final int USERS = 500;
    private static final int CAP = 200;
    /** The issue's goal: this many signals at most, for this share of users. */
    private static final int GOAL_SIGNALS = 10;
    private static final double GOAL_SHARE = 0.9;
    private static final double[] NOISE_LEVELS = {0.0, 0.05, 0.1, 0.2};
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-01-01T00:00:00Z"), ZoneOffset.UTC);

    enum Mode {
        THUMBS_ONLY,
        RANDOM_PAIRS,
        ACTIVE_PAIRS
    }

    @Test
    void activePairwiseQueries_meetTheGoalUpTo5PercentNoise_andLearnFasterThanThumbsOrRandomPairs() {
        Map<String, int[]> results = new java.util.LinkedHashMap<>();
        StringBuilder table = new StringBuilder("| mode (" + USERS + " users) |");
        for (double noise : NOISE_LEVELS) {
            table.append(String.format(Locale.ROOT, " noise %.0f%%: <=%d / median / p90 |", noise * 100, GOAL_SIGNALS));
        }
        table.append("\n|---|").append("---|".repeat(NOISE_LEVELS.length)).append('\n');
        for (Mode mode : Mode.values()) {
            table.append("| ").append(mode.name().toLowerCase(Locale.ROOT).replace('_', ' ')).append(" |");
            for (double noise : NOISE_LEVELS) {
                int[] signals = new int[USERS];
                Random random = new Random(42 + mode.ordinal());
                for (int u = 0; u < USERS; u++) {
                    signals[u] = simulate(mode, noise, random);
                }
                results.put(mode + "@" + noise, signals);
                table.append(cell(signals));
            }
            table.append('\n');
        }
        table.append("| reference (2000 users): any yes/no question, noise known |");
        for (double noise : NOISE_LEVELS) {
            table.append(cell(NoisyQuestions.signals(2000, noise, new Random(7))));
        }
        System.out.println(table);
        for (double noise : NOISE_LEVELS) {
            int[] active = results.get(Mode.ACTIVE_PAIRS + "@" + noise);
            int[] random = results.get(Mode.RANDOM_PAIRS + "@" + noise);
            int[] thumbs = results.get(Mode.THUMBS_ONLY + "@" + noise);
            assertTrue(median(active) < median(random) && median(random) < median(thumbs),
                    "at noise " + noise + " active pairs should need fewer signals than random pairs, and those fewer than thumbs");
            assertTrue(within(active, GOAL_SIGNALS) > within(random, GOAL_SIGNALS),
                    "active pairs should reach more users within " + GOAL_SIGNALS + " signals");
        }
        for (double noise : new double[] {0.0, 0.05}) {
            double share = within(results.get(Mode.ACTIVE_PAIRS + "@" + noise), GOAL_SIGNALS);
            assertTrue(share >= GOAL_SHARE, "goal at noise " + noise + ": " + GOAL_SHARE + " of users within "
                    + GOAL_SIGNALS + " signals, got " + share);
        }
        // At 10% noise even a far freer questioner misses the goal (see the test below); this holds the learner
        // to its measured level there, a few points under that reference.
        assertTrue(within(results.get(Mode.ACTIVE_PAIRS + "@0.1"), GOAL_SIGNALS) >= 0.75,
                "active pairs at 10% noise should stay near the yes/no-question reference");
    }

    @Test
    void atTenPercentNoise_evenUnconstrainedYesNoQuestionsMissTheGoal() {
        // 54 hidden profiles need log2(54) = 5.75 bits; ten answers flipped 10% of the time carry at most
        // 10 * (1 - H(0.1)) = 5.3 bits (the channel's capacity), so even a questioner free to ask anything
        // (NoisyQuestions: any subset of profiles, noise known, counted as soon as its best guess is right)
        // falls short of 90%, while ambit may only ask which of two values of one dimension the user prefers.
        double share = within(NoisyQuestions.signals(2000, 0.1, new Random(11)), GOAL_SIGNALS);
        System.out.printf(Locale.ROOT, "reference questioner, 2000 users, noise 10%%: %.1f%% within %d signals%n",
                100 * share, GOAL_SIGNALS);
        assertTrue(share < GOAL_SHARE, "reference questioner reached " + share);
    }

    @Test
    void aChangedPreference_isRelearnedFromActivePairs() {
        int[] signals = new int[USERS];
        Random random = new Random(99);
        for (int u = 0; u < USERS; u++) {
            signals[u] = relearn(0.1, random);
        }
        System.out.printf(Locale.ROOT, "re-learning one changed dimension after 30 signals, noise 10%%, <=%d / median / "
                + "p90:%s <=30: %.1f%%%n", GOAL_SIGNALS, cell(signals), 100 * within(signals, 30));
        assertTrue(within(signals, 30) >= 0.9, "90% of changed preferences re-learned within 30 signals, got "
                + within(signals, 30));
    }

    private static String cell(int[] signals) {
        int[] sorted = signals.clone();
        Arrays.sort(sorted);
        return String.format(Locale.ROOT, " %.1f%% / %d / %d |", 100.0 * within(sorted, GOAL_SIGNALS), median(sorted),
                sorted[sorted.length * 9 / 10]);
    }

    private static int median(int[] signals) {
        int[] sorted = signals.clone();
        Arrays.sort(sorted);
        return sorted[sorted.length / 2];
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
        return run(learner, mode, hidden, noise, random, 0);
    }

    /**
     * A user learned for 30 active pairs changes their mind on one dimension; signals until the profile matches
     * the new preferences; CAP + 1 if never.
     */
    private static int relearn(double noise, Random random) {
        Map<Dimension, String> hidden = new EnumMap<>(Dimension.class);
        for (Dimension d : MEASURABLE) {
            hidden.put(d, d.vocabulary().get(random.nextInt(d.vocabulary().size())));
        }
        PreferenceLearner learner = new PreferenceLearner(Profile.inMemory(), PreferenceBounds.global(), CLOCK);
        for (int signal = 1; signal <= 30; signal++) {
            Comparison c = learner.nextComparison(MEASURABLE).orElseThrow();
            learner.choose(c, picksA(hidden.get(c.dimension()), c, noise, random), signal);
        }
        Dimension changed = List.copyOf(MEASURABLE).get(random.nextInt(MEASURABLE.size()));
        List<String> others = changed.vocabulary().stream().filter(v -> !v.equals(hidden.get(changed))).toList();
        hidden.put(changed, others.get(random.nextInt(others.size())));
        return run(learner, Mode.ACTIVE_PAIRS, hidden, noise, random, 30);
    }

    private static int run(PreferenceLearner learner, Mode mode, Map<Dimension, String> hidden, double noise,
            Random random, int turnsBefore) {
        for (int n = 1; n <= CAP; n++) {
            int signal = turnsBefore + n;
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
                return n;
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
