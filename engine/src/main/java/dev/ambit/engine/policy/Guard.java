package dev.ambit.engine.policy;

import dev.ambit.engine.inference.TokenSink;
import dev.ambit.engine.policy.HazardDetector.Direction;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * Applies the effective policy to a turn: judges the user's input before generation and watches the reply as
 * it streams. Decisions are made here, outside the model, so no prompt can switch them off. Thread-safe.
 */
public final class Guard {
    /** Characters of the reply re-checked at each streamed piece: long enough for any rule's context. */
    static final int WINDOW = 400;
    /** Most characters held back between two checks of a streaming reply. */
    static final int CHECK_EVERY = 24;

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
        return new OutputWatch(downstream);
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
     * Watches a streaming reply through a sliding window. Text is released to the user only after a check has
     * passed over it, so a reply that crosses a bound is cut off before the crossing text is shown. The first
     * piece is checked and released at once (first-token latency stays that of the model); after that, text is
     * checked at the end of each sentence or every {@link #CHECK_EVERY} characters, which keeps the guard's
     * cost per token small and holds back at most a few tokens. Not thread-safe: one per generation.
     */
    public final class OutputWatch implements TokenSink {
        private final TokenSink downstream;
        private final StringBuilder text = new StringBuilder();
        private final StringBuilder pending = new StringBuilder();
        private Verdict verdict = Verdict.allow();
        private boolean released;
        private boolean stopped;

        private OutputWatch(TokenSink downstream) {
            this.downstream = Objects.requireNonNull(downstream, "downstream");
        }

        @Override
        public boolean accept(String piece) {
            if (stopped) {
                return false;
            }
            text.append(piece);
            pending.append(piece);
            if (released && pending.length() < CHECK_EVERY && !endsClause(piece)) {
                if (downstream.cancelled()) {
                    stopped = true;
                    return false;
                }
                return true;
            }
            return checkAndRelease();
        }

        /**
         * Ends the stream: checks and releases what is still held back, and returns the strictest verdict seen
         * on the stream or on the whole reply.
         */
        public Verdict finish() {
            if (!stopped && pending.length() > 0) {
                checkAndRelease();
            }
            return verdict();
        }

        private boolean checkAndRelease() {
            Verdict now = output(text.substring(Math.max(0, text.length() - WINDOW)));
            if (now.action().compareTo(verdict.action()) > 0) {
                verdict = now;
            }
            if (verdict.blocks()) {
                // What crossed the bound is withheld and generation stops here.
                stopped = true;
                pending.setLength(0);
                return false;
            }
            String out = pending.toString();
            pending.setLength(0);
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
