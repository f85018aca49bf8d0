package dev.ambit.engine;

import dev.ambit.engine.inference.ChatMessage;
import dev.ambit.engine.inference.Generation;
import dev.ambit.engine.inference.LocalModel;
import dev.ambit.engine.inference.Sampling;
import dev.ambit.engine.inference.TokenSink;
import dev.ambit.engine.policy.Action;
import dev.ambit.engine.policy.Guard;
import dev.ambit.engine.policy.Requirement;
import dev.ambit.engine.policy.Verdict;
import dev.ambit.engine.prefs.Admission;
import dev.ambit.engine.prefs.Comparison;
import dev.ambit.engine.policy.Dimension;
import dev.ambit.engine.prefs.Personalisation;
import dev.ambit.engine.prefs.PreferenceLearner;
import dev.ambit.engine.prefs.ReplyFeatures;
import dev.ambit.engine.prefs.ReplyScorer;
import dev.ambit.engine.prompt.PromptAssembler;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

/**
 * A sequence of turns with one model. Each turn: validate input, judge it against the bounds (a refused or
 * redirected input never reaches the model and teaches the learner nothing), learn from the user's statements
 * and apply the admissible profile (when a learner is attached), assemble the prompt with the bounds'
 * instructions first, stream the reply through the output guard (which stops it as soon as it crosses a bound),
 * keep the exchange as history for the next turn. Not thread-safe.
 */
public final class Conversation {
    /** The most candidates one best-of-n turn may generate (each costs a full generation). */
    public static final int MAX_BEST_OF = 16;
    private final LocalModel model;
    private final PromptAssembler assembler;
    private final Guard guard;
    private final List<String> boundInstructions;
    private final List<ChatMessage> history = new ArrayList<>();
    private final String storeStatus;
    private PreferenceLearner learner;
    private boolean incognito;
    private Consumer<Verdict> decisions = verdict -> {};
    private List<Admission> lastAdmissions = List.of();

    Conversation(LocalModel model, PromptAssembler assembler, Guard guard, String storeStatus) {
        this.model = model;
        this.assembler = assembler;
        this.guard = guard;
        this.boundInstructions = guard.policy().instructions().stream().map(Requirement::text).toList();
        this.storeStatus = storeStatus;
    }

    /** Attaches the tier-3 learner whose profile shapes the next turns; null detaches it. */
    public void personalise(PreferenceLearner learner) {
        this.learner = learner;
    }

    public PreferenceLearner learner() {
        return learner;
    }

    /**
     * Incognito: the profile is still applied, but nothing is learned from these turns and nothing about them is
     * written anywhere (callers check {@link #incognito()} before feedback, choices and transcripts too).
     */
    public void incognito(boolean on) {
        this.incognito = on;
    }

    public boolean incognito() {
        return incognito;
    }

    /**
     * Where decisions other than "allow" are reported (the store's audit log: action and bound ids, never
     * content). Nothing is reported while incognito.
     */
    public void onDecision(Consumer<Verdict> listener) {
        this.decisions = java.util.Objects.requireNonNull(listener, "listener");
    }

    private void record(Verdict verdict) {
        if (!incognito && verdict.action() != Action.ALLOW) {
            decisions.accept(verdict);
        }
    }

    /** The bounds' decisions on the preferences the last message stated (empty when it stated none). */
    public List<Admission> lastAdmissions() {
        return lastAdmissions;
    }

    /**
     * Answers one user message.
     *
     * @throws InvalidInputException for an empty input or one that does not fit the model's context
     */
    public Reply send(String userText, TurnOptions options, TokenSink sink) {
        return turn(userText, options, 1, sink).reply();
    }

    /**
     * Answers one user message best-of-n: generates {@code n} candidates (seed, seed + 1, …) and keeps the one
     * that fits the learned profile best ({@link ReplyScorer}; without a profile, or unpersonalised, the first).
     * The message is learned from once; candidates are not streamed; only the kept reply joins the history and
     * only its decision is reported.
     *
     * @throws InvalidInputException for an empty input, one that does not fit, or {@code n} outside [1, 16]
     */
    public BestOfReplies sendBestOf(String userText, TurnOptions options, int n) {
        if (n < 1 || n > MAX_BEST_OF) {
            throw new InvalidInputException("best-of must be within [1, " + MAX_BEST_OF + "], got " + n);
        }
        return turn(userText, options, n, TokenSink.DISCARD);
    }

    private BestOfReplies turn(String userText, TurnOptions options, int n, TokenSink sink) {
        if (userText == null || userText.isBlank()) {
            throw new InvalidInputException("the input is empty: type a message");
        }
        String text = userText.strip();
        lastAdmissions = List.of();
        Verdict input = guard.input(text);
        if (input.blocks()) {
            // Not even kept as history: the model must never see a refused input.
            record(input);
            Reply refused = new Reply(input.message(), input, List.of(), model.info().name(), null, profileStatus());
            return new BestOfReplies(List.of(refused), List.of(0.0), 0);
        }
        Personalisation personalisation = Personalisation.none();
        ReplyScorer scorer = ReplyScorer.none();
        if (learner != null && !options.unpersonalised()) {
            if (!incognito) {
                lastAdmissions = learner.learn(text, turns() + 1);
            }
            personalisation = Personalisation.of(learner.profile(), learner.bounds());
            scorer = ReplyScorer.of(learner.profile(), learner.bounds());
        }
        List<Reply> candidates = new ArrayList<>();
        List<Double> scores = new ArrayList<>();
        int chosen = 0;
        for (int i = 0; i < n; i++) {
            TurnOptions candidateOptions = new TurnOptions(options.sampling().withSeedOffset(i), options.unpersonalised());
            Reply candidate = answer(text, history, candidateOptions, personalisation, input, sink);
            double score = scorer.score(ReplyFeatures.of(candidate.text()));
            candidates.add(candidate);
            scores.add(score);
            if (better(candidate, score, candidates.get(chosen), scores.get(chosen))) {
                chosen = i;
            }
        }
        Reply reply = candidates.get(chosen);
        record(reply.verdict());
        history.add(ChatMessage.user(text));
        history.add(ChatMessage.assistant(reply.text()));
        return new BestOfReplies(candidates, scores, chosen);
    }

    /** A reply the bounds let through beats one they stopped; otherwise the strictly higher score wins. */
    private static boolean better(Reply a, double scoreA, Reply b, double scoreB) {
        if (a.verdict().blocks() != b.verdict().blocks()) {
            return b.verdict().blocks();
        }
        return scoreA > scoreB;
    }

    /**
     * Answers the last user message again, twice, differing only on the dimension and pair of values whose pick
     * is expected to teach the learner the most ({@link PreferenceLearner#nextComparison()}); the history is left
     * as it was.
     *
     * @throws InvalidInputException when no profile is attached, nothing was said yet, or the bounds leave
     *     nothing to compare
     */
    public ComparedReplies compare(TurnOptions options) {
        if (learner == null) {
            throw new InvalidInputException("comparing needs a profile; this conversation has none");
        }
        if (history.isEmpty()) {
            throw new InvalidInputException("nothing to compare yet: send a message first");
        }
        Comparison comparison = learner.nextComparison().orElseThrow(() ->
                new InvalidInputException("the bounds leave no preference open to compare"));
        String text = history.get(history.size() - 2).text();
        List<ChatMessage> earlier = history.subList(0, history.size() - 2);
        Verdict input = guard.input(text);
        Reply a = answer(text, earlier, options, variant(comparison.dimension(), comparison.a()), input, TokenSink.DISCARD);
        Reply b = answer(text, earlier, options, variant(comparison.dimension(), comparison.b()), input, TokenSink.DISCARD);
        return new ComparedReplies(comparison, a, b);
    }

    /** The exact prompt that {@link #send} would give the model for this input now (benchmarks use it). */
    public String renderedPrompt(String userText) {
        Personalisation p = learner == null ? Personalisation.none() : Personalisation.of(learner.profile(), learner.bounds());
        return model.render(assembler.assemble(boundInstructions, p.instructions(), history, userText.strip()));
    }

    /** Forgets the earlier turns; the next message starts afresh. */
    public void clear() {
        history.clear();
    }

    public int turns() {
        return history.size() / 2;
    }

    private Personalisation variant(Dimension dimension, String value) {
        return Personalisation.of(learner.profile(), learner.bounds(), Map.of(dimension, value));
    }

    private Reply answer(String text, List<ChatMessage> earlier, TurnOptions options, Personalisation personalisation,
            Verdict input, TokenSink sink) {
        Sampling sampling = personalisation.adjust(options.sampling());
        List<String> profile = personalisation.instructions();
        List<ChatMessage> messages = assembler.assemble(boundInstructions, profile,
                fittingHistory(earlier, profile, text, sampling), text);
        String prompt = model.render(messages);
        Guard.OutputWatch watch = guard.watch(sink);
        Generation generation = model.generate(prompt, sampling, watch);
        Verdict verdict = Guard.combine(input, watch.finish());
        String reply;
        if (verdict.blocks()) {
            reply = verdict.message();
        } else if (verdict.action() == Action.CAVEAT && !verdict.message().isBlank()) {
            reply = (generation.text().strip() + "\n\n" + verdict.message()).strip();
        } else {
            reply = generation.text().strip();
        }
        return new Reply(reply, verdict, personalisation.applied(), model.info().name(), generation, profileStatus());
    }

    /**
     * "none" without a profile; "incognito" while incognito; otherwise what the store says ("active", "paused"),
     * "active" for a bare learner.
     */
    private String profileStatus() {
        if (incognito) {
            return "incognito";
        }
        if (learner == null) {
            return storeStatus;
        }
        return storeStatus.equals("none") ? "active" : storeStatus;
    }

    /** Drops the oldest exchanges until the history, this input and the reply budget fit the context. */
    private List<ChatMessage> fittingHistory(List<ChatMessage> earlier, List<String> profile, String text, Sampling sampling) {
        int limit = model.info().contextSize() - Math.min(sampling.maxTokens(), model.info().contextSize() / 2);
        List<ChatMessage> kept = new ArrayList<>(earlier);
        while (!kept.isEmpty()) {
            String prompt = model.render(assembler.assemble(boundInstructions, profile, kept, text));
            if (model.countTokens(prompt) < limit) {
                break;
            }
            kept.remove(0);
            kept.remove(0);
        }
        return kept;
    }
}
