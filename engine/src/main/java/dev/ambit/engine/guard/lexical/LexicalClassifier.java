package dev.ambit.engine.guard.lexical;

import dev.ambit.engine.policy.Detection;
import dev.ambit.engine.policy.Hazard;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Optional;

/**
 * The bundled {@link LexicalModel} with the threshold at which its judgement becomes a refusal. The rules catch
 * what they can name and explain; this catches phrasings of harm the rules have no pattern for, learned from
 * labelled prompts written for the project (never from the XSTest evaluation set). It only ever adds a refusal.
 *
 * <p>Contract: thread-safe and deterministic; the model is read once, on first use, from the class path.
 */
public final class LexicalClassifier {
    /** Where the build keeps the bundled model, beside this class. */
    public static final String RESOURCE = "lexical-guard.model";

    /** The probability at which a prompt is refused; chosen on the project's own sets (see bench/README.md). */
    public static final double THRESHOLD = 0.85;

    /**
     * Fewer words than this and the model stays silent: a judgement on "and then?" rests on one or two words'
     * weights, which says more about the training set than about the prompt. Short requests for harm name it
     * outright, and the rules catch those.
     */
    public static final int MIN_WORDS = 5;

    /** The rule id of a detection this classifier makes, e.g. {@code lexical.privacy}. */
    public static final String RULE_PREFIX = "lexical.";

    private LexicalClassifier() {}

    /** A detection for {@code normalizedText} when the bundled model would refuse it; empty otherwise. */
    public static Optional<Detection> judge(String normalizedText) {
        if (!hasWords(normalizedText, MIN_WORDS)) {
            return Optional.empty();
        }
        LexicalModel model = Bundled.MODEL;
        int[] features = model.features(normalizedText);
        double unsafe = model.unsafe(features);
        if (unsafe < THRESHOLD) {
            return Optional.empty();
        }
        Hazard hazard = model.hazard(features);
        return Optional.of(new Detection(hazard, RULE_PREFIX + hazard.id(), Math.round(unsafe * 1000) / 1000.0));
    }

    /** True when {@code text} holds at least {@code n} runs of letters or digits. */
    static boolean hasWords(String text, int n) {
        int words = 0;
        boolean inWord = false;
        for (int i = 0; i < text.length() && words < n; i++) {
            boolean letter = Character.isLetterOrDigit(text.charAt(i));
            if (letter && !inWord) {
                words++;
            }
            inWord = letter;
        }
        return words >= n;
    }

    /**
     * Reads the bundled model on a background thread (about 50–80 ms in a fresh JVM), so a command that loads a
     * language model meanwhile does not make its first prompt wait. A failure is left for the first judgement to
     * report.
     */
    public static void preload() {
        Thread t = new Thread(() -> {
            try {
                bundled();
            } catch (RuntimeException | LinkageError e) {
                // judge() meets the same failure and reports it where it can be handled.
            }
        }, "ambit-lexical-load");
        t.setDaemon(true);
        t.start();
    }

    /** The bundled model itself, for evaluation and for checking it against its training data. */
    public static LexicalModel bundled() {
        return Bundled.MODEL;
    }

    /** Loaded on first use: a command that never judges a prompt (e.g. --version) never reads it. */
    private static final class Bundled {
        static final LexicalModel MODEL = load();

        private static LexicalModel load() {
            try (InputStream in = LexicalClassifier.class.getResourceAsStream(RESOURCE)) {
                if (in == null) {
                    throw new IllegalStateException("the lexical guard model " + RESOURCE + " is missing from the build");
                }
                return LexicalModel.read(in);
            } catch (IOException e) {
                throw new UncheckedIOException("cannot read the lexical guard model", e);
            }
        }
    }
}
