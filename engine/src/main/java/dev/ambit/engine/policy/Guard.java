package dev.ambit.engine.policy;

import dev.ambit.engine.inference.TokenSink;
import dev.ambit.engine.policy.HazardDetector.Direction;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.LongSupplier;

/**
 * Applies the effective policy to a turn: judges the user's input before generation and watches the reply as
 * it streams. Decisions are made here, outside the model, so no prompt can switch them off. Thread-safe.
 */
public final class Guard {
    /**
     * Characters of already-released reply re-checked with each new stretch: long enough for any rule's context
     * (a rule reads at most a few sentences), short enough that a check costs a few tens of microseconds.
     */
    static final int CONTEXT = 240;
    /** Characters held back before a check is due, unless a clause ends first. */
    static final int CHECK_EVERY = 24;
    /** Most characters ever held back: a fast model's stream is checked at least this often. */
    static final int HOLD_AT_MOST = 160;
    /**
     * Least time between two checks that no clause end asked for. A model writing thousands of tokens a second
     * would otherwise pay for a check every few tokens; a slow one is checked every {@link #CHECK_EVERY}
     * characters as before, since that takes longer than this.
     */
    static final long MIN_CHECK_INTERVAL_NANOS = 30_000_000L;
    /**
     * Least time between two checks asked for by clause ends. A reader cannot tell text released 10 ms late from
     * text released at once, but a model writing thousands of tokens a second ends a clause every few
     * milliseconds, and a check every clause cost it several percent of its speed; slower models, whose tokens
     * come further apart than this, are still checked at every clause end.
     */
    static final long MIN_CLAUSE_INTERVAL_NANOS = 10_000_000L;

    private final EffectivePolicy policy;
    private final HazardDetector detector;

    public Guard(EffectivePolicy policy, HazardDetector detector) {
        this.policy = Objects.requireNonNull(policy, "policy");
        this.detector = Objects.requireNonNull(detector, "detector");
    }

    public EffectivePolicy policy() {
        return policy;
    }

    /** The verdict on a user's message; a blocking verdict means the model never sees it. */
    public Verdict input(String text) {
        return policy.judge(detector.detect(text, Direction.INPUT), Direction.INPUT);
    }

    /** The verdict on a finished reply. */
    public Verdict output(String text) {
        return policy.judge(detector.detect(text, Direction.OUTPUT), Direction.OUTPUT);
    }

    /** A sink that forwards the reply to {@code downstream} until it crosses a bound, then stops generation. */
    public OutputWatch watch(TokenSink downstream) {
        return new OutputWatch(downstream, System::nanoTime);
    }

    /** As {@link #watch(TokenSink)}, timed by {@code nanoTime} (tests drive the check cadence with it). */
    OutputWatch watch(TokenSink downstream, LongSupplier nanoTime) {
        return new OutputWatch(downstream, nanoTime);
    }

    /** Combines the input's and the output's verdicts: the stricter action wins, bounds and caveats add up. */
    public static Verdict combine(Verdict first, Verdict second) {
        Action action = first.action().strictest(second.action());
        List<BoundRef> bounds = new ArrayList<>();
        for (Verdict v : List.of(first, second)) {
            if (v.action() == action) {
                v.bounds().stream().filter(b -> !bounds.contains(b)).forEach(bounds::add);
            }
        }
        String message;
        if (action == Action.CAVEAT && first.action() == Action.CAVEAT && second.action() == Action.CAVEAT
                && !first.message().equals(second.message())) {
            message = (first.message() + " " + second.message()).strip();
        } else {
            message = first.action() == action ? first.message() : second.message();
        }
        return new Verdict(action, bounds, message);
    }

    /**
     * Watches a streaming reply. Text is released to the user only after a check has passed over it, so a reply
     * that crosses a bound is cut off before the crossing text is shown. The first piece is checked and released
     * at once (first-token latency stays that of the model); after that, text is checked at the end of each
     * clause ({@link #MIN_CLAUSE_INTERVAL_NANOS} apart at the least), or once {@link #CHECK_EVERY} characters
     * are held and {@link #MIN_CHECK_INTERVAL_NANOS} have passed, or at the latest at {@link #HOLD_AT_MOST}
     * characters. Each check reads the held text with
     * {@link #CONTEXT} characters before it, so its cost does not grow with the reply; the whole reply is judged
     * once more at the end. Not thread-safe: one per generation.
     */
    public final class OutputWatch implements TokenSink {
        private final TokenSink downstream;
        private final StringBuilder text = new StringBuilder();
        private int releasedUpTo;
        private long lastCheck;
        private Verdict verdict = Verdict.allow();
        private boolean released;
        private boolean stopped;

        private final LongSupplier nanoTime;

        private OutputWatch(TokenSink downstream, LongSupplier nanoTime) {
            this.downstream = Objects.requireNonNull(downstream, "downstream");
            this.nanoTime = Objects.requireNonNull(nanoTime, "nanoTime");
            this.lastCheck = nanoTime.getAsLong();
        }

        @Override
        public boolean accept(String piece) {
            if (stopped) {
                return false;
            }
            text.append(piece);
            if (released && !checkDue(piece)) {
                if (downstream.cancelled()) {
                    stopped = true;
                    return false;
                }
                return true;
            }
            return checkAndRelease();
        }

        private boolean checkDue(String piece) {
            int held = text.length() - releasedUpTo;
            if (held >= HOLD_AT_MOST) {
                return true;
            }
            long sinceCheck = nanoTime.getAsLong() - lastCheck;
            if (endsClause(piece)) {
                return sinceCheck >= MIN_CLAUSE_INTERVAL_NANOS;
            }
            return held >= CHECK_EVERY && sinceCheck >= MIN_CHECK_INTERVAL_NANOS;
        }

        /**
         * Ends the stream: checks and releases what is still held back, and returns the strictest verdict seen
         * on the stream or on the whole reply.
         */
        public Verdict finish() {
            if (!stopped && text.length() > releasedUpTo) {
                checkAndRelease();
            }
            return verdict();
        }

        private boolean checkAndRelease() {
            lastCheck = nanoTime.getAsLong();
            Verdict now = output(text.substring(Math.max(0, releasedUpTo - CONTEXT)));
            if (now.action().compareTo(verdict.action()) > 0) {
                verdict = now;
            }
            if (verdict.blocks()) {
                // What crossed the bound is withheld and generation stops here.
                stopped = true;
                return false;
            }
            String out = text.substring(releasedUpTo);
            releasedUpTo = text.length();
            released = true;
            if (!downstream.accept(out)) {
                stopped = true;
                return false;
            }
            return true;
        }

        /** True when a bound stopped the reply. */
        public boolean stopped() {
            return verdict.blocks();
        }

        /** The strictest verdict seen on the stream, or on the whole reply when that is stricter. */
        public Verdict verdict() {
            if (!verdict.blocks()) {
                Verdict whole = output(text.toString());
                if (whole.action().compareTo(verdict.action()) > 0) {
                    verdict = whole;
                }
            }
            return verdict;
        }
    }

    private static boolean endsClause(String piece) {
        for (int i = 0; i < piece.length(); i++) {
            char c = piece.charAt(i);
            if (c == '.' || c == '!' || c == '?' || c == '\n' || c == ':' || c == ';') {
                return true;
            }
        }
        return false;
    }
}
