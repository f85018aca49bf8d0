package dev.ambit.engine.prefs;

import dev.ambit.engine.inference.ChatMessage;
import dev.ambit.engine.inference.LocalModel;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The optional model-based extractor: asks a local model, under an {@link ExtractorGrammar}, which one preference
 * a statement expresses, for phrasings the rules of {@link StatementExtractor} miss.
 *
 * <p>Contract: it only proposes. {@link #extract} returns the rules' candidates plus at most one model candidate
 * ({@link Candidate.Origin#MODEL}) on a dimension the rules did not name, so the rules win on conflict; the
 * learner then checks every candidate against the bounds like any other. It never asks the model about text the
 * rules read as an instruction, and it proposes only closed-vocabulary dimension values, never facts, so it can
 * neither store instruction-shaped text nor add special-category data around the consent path. Never throws on
 * a model failure: the rules' candidates stand, and the reason is kept in {@link #lastFailure()}. Not
 * thread-safe (the learner that owns it is not either).
 */
public final class ModelStatementExtractor {
    /** Statements longer than this are cut before the model sees them, which bounds the cost of one extraction. */
    static final int MAX_CHARS = 1000;
    /** Tokens kept free for the answer beyond its longest sentence (leading whitespace, a split token). */
    private static final int SLACK = 4;
    private static final long SEED = 42;

    /** Generates the constrained answer to a rendered prompt; the model in production, a stub in tests. */
    @FunctionalInterface
    interface Answerer {
        String answer(String prompt, ExtractorGrammar grammar);
    }

    private final StatementExtractor rules = new StatementExtractor();
    private final Answerer answerer;
    private final Function<String, String> renderer;
    private String lastFailure;

    /** Extracts with {@code model}, which stays owned by the caller (usually {@code ModelPool}). */
    public ModelStatementExtractor(LocalModel model) {
        Objects.requireNonNull(model, "model");
        this.renderer = task -> model.render(List.of(ChatMessage.user(task)));
        this.answerer = (prompt, grammar) -> model.generateConstrained(prompt, grammar.gbnf(),
                grammar.sentences().stream().mapToInt(model::countTokens).max().orElse(1) + SLACK, SEED);
    }

    /** For tests of what is made of an answer: no model, the task text is the prompt. */
    ModelStatementExtractor(Answerer answerer) {
        this.answerer = Objects.requireNonNull(answerer, "answerer");
        this.renderer = task -> task;
    }

    /** The rules' candidates for {@code text}, plus what the model adds inside {@code grammar}'s answers. */
    public List<Candidate> extract(String text, ExtractorGrammar grammar) {
        Objects.requireNonNull(grammar, "grammar");
        List<Candidate> found = rules.extract(text);
        if (text == null || text.isBlank() || found.stream().anyMatch(Candidate::isInstruction)) {
            return found;
        }
        Optional<Candidate> proposed = propose(text.strip(), grammar);
        Set<String> named = found.stream().map(Candidate::name).collect(Collectors.toSet());
        if (proposed.isEmpty() || named.contains(proposed.get().name())) {
            return found;
        }
        List<Candidate> all = new ArrayList<>(found);
        all.add(proposed.get());
        return List.copyOf(all);
    }

    /** Why the last extraction got nothing from the model because it failed; empty after one that worked. */
    public Optional<String> lastFailure() {
        return Optional.ofNullable(lastFailure);
    }

    /** The model's one proposal for {@code statement}, as a candidate; empty for none or a failure. */
    Optional<Candidate> propose(String statement, ExtractorGrammar grammar) {
        String input = statement.length() > MAX_CHARS ? statement.substring(0, MAX_CHARS) : statement;
        try {
            Optional<ExtractorGrammar.Proposal> p = grammar.parse(answerer.answer(renderer.apply(task(input, grammar)), grammar));
            lastFailure = null;
            return p.map(x -> new Candidate(x.dimension(), null, x.value(), null, statement, Candidate.Origin.MODEL));
        } catch (RuntimeException e) {
            // A failed or malformed answer must not cost the user the rules' candidates.
            lastFailure = e.getClass().getSimpleName() + ": " + e.getMessage();
            return Optional.empty();
        }
    }

    /** The instruction: what the answers mean, then the statement. */
    static String task(String statement, ExtractorGrammar grammar) {
        StringBuilder t = new StringBuilder("Which preference about how to be answered does the user's statement")
                .append(" express? Answer with one of these, or 'none' if it expresses no such preference:\n");
        grammar.sentences().forEach(s -> t.append(s).append('\n'));
        return t.append("\nStatement: ").append(statement).append("\nAnswer:").toString();
    }
}
