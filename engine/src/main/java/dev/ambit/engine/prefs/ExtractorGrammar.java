package dev.ambit.engine.prefs;

import dev.ambit.engine.policy.Dimension;
import dev.ambit.engine.policy.DimensionBound;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * The answers the model-based extractor may give, as a GBNF grammar and its parser: {@code none}, or one
 * {@code dimension=value} pair from the dimension catalogue, after at most two whitespace characters.
 *
 * <p>Contract: {@link #parse} accepts exactly the sentences of {@link #gbnf()} (and surrounding whitespace), so
 * whatever llama.cpp lets through either names one of {@link #proposals()} or is rejected with an {@link
 * IllegalArgumentException}; nothing else can become a candidate. The grammar only narrows what a model can say:
 * the bounds still decide every proposal ({@link Admissibility}).
 *
 * @param proposals the pairs the model may propose, distinct, each a closed dimension and one of its values
 * @param offersNone whether {@code none} (no preference) is an answer; always true outside tests
 */
public record ExtractorGrammar(List<Proposal> proposals, boolean offersNone) {
    /** The answer that means the statement expresses no preference. */
    public static final String NONE = "none";

    /**
     * One answer the model may give.
     *
     * @param dimension a closed dimension ({@code language} and {@code address} take free text a grammar cannot list)
     * @param value one of the dimension's vocabulary
     */
    public record Proposal(Dimension dimension, String value) {
        public Proposal {
            Objects.requireNonNull(dimension, "dimension");
            if (dimension.isOpen()) {
                throw new IllegalArgumentException("dimension " + dimension.id() + " is open; a proposal needs a closed vocabulary");
            }
            if (!dimension.accepts(value)) {
                throw new IllegalArgumentException("value '" + value + "' is not in " + dimension.id() + "'s vocabulary "
                        + dimension.vocabulary());
            }
        }

        /** The sentence the grammar allows for this proposal, e.g. {@code verbosity=short}. */
        public String sentence() {
            return dimension.id() + "=" + value;
        }
    }

    public ExtractorGrammar {
        proposals = List.copyOf(proposals);
        if (proposals.isEmpty() && !offersNone) {
            throw new IllegalArgumentException("a grammar needs at least one answer: proposals is empty and none is not offered");
        }
        if (proposals.stream().distinct().count() != proposals.size()) {
            throw new IllegalArgumentException("proposals must be distinct, got " + proposals);
        }
    }

    /**
     * Every closed dimension with its whole vocabulary, plus {@code none}, except dimensions the bounds lock: a
     * locked dimension cannot change, so offering it would only waste the model's one answer. Values outside an
     * ALLOWED rule stay, so a proposal can be clamped or rejected by the bounds as a statement would be.
     */
    public static ExtractorGrammar forBounds(PreferenceBounds bounds) {
        Objects.requireNonNull(bounds, "bounds");
        List<Proposal> proposals = new ArrayList<>();
        for (Dimension d : Dimension.values()) {
            if (d.isOpen() || bounds.dimension(d).kind() == DimensionBound.Kind.LOCKED) {
                continue;
            }
            d.vocabulary().forEach(v -> proposals.add(new Proposal(d, v)));
        }
        return new ExtractorGrammar(proposals, true);
    }

    /** The sentences the grammar allows, without the optional leading whitespace: {@code none} first if offered. */
    public List<String> sentences() {
        List<String> sentences = new ArrayList<>();
        if (offersNone) {
            sentences.add(NONE);
        }
        proposals.forEach(p -> sentences.add(p.sentence()));
        return List.copyOf(sentences);
    }

    /**
     * The GBNF text: one rule per dimension listing its offered values. Rule names use hyphens because llama.cpp
     * allows only letters, digits and hyphens in them ({@code ai_disclosure} becomes {@code dim-ai-disclosure}).
     */
    public String gbnf() {
        Map<Dimension, List<String>> byDimension = new LinkedHashMap<>();
        proposals.forEach(p -> byDimension.computeIfAbsent(p.dimension(), d -> new ArrayList<>()).add(p.value()));
        List<String> alternatives = new ArrayList<>();
        if (offersNone) {
            alternatives.add(quote(NONE));
        }
        byDimension.keySet().forEach(d -> alternatives.add(ruleName(d)));
        StringBuilder g = new StringBuilder("root ::= [ \\t\\n]? [ \\t\\n]? answer\n");
        g.append("answer ::= ").append(String.join(" | ", alternatives)).append('\n');
        byDimension.forEach((d, values) -> g.append(ruleName(d)).append(" ::= ").append(quote(d.id() + "="))
                .append(" (").append(String.join(" | ", values.stream().map(ExtractorGrammar::quote).toList()))
                .append(")\n"));
        return g.toString();
    }

    /**
     * Reads a model's answer: empty for {@code none}, else the proposal it names.
     *
     * @throws IllegalArgumentException when the answer is not a sentence of this grammar (e.g. cut short by the
     *     token budget, or a pair the grammar does not offer), naming the answer
     */
    public Optional<Proposal> parse(String answer) {
        if (answer == null) {
            throw new IllegalArgumentException("the model's answer is missing (null)");
        }
        String t = answer.strip();
        if (offersNone && t.equals(NONE)) {
            return Optional.empty();
        }
        for (Proposal p : proposals) {
            if (p.sentence().equals(t)) {
                return Optional.of(p);
            }
        }
        String shown = t.length() > 60 ? t.substring(0, 60) + "..." : t;
        throw new IllegalArgumentException("the model's answer '" + shown + "' is not one of the extractor grammar's "
                + sentences().size() + " sentences");
    }

    static String ruleName(Dimension d) {
        return "dim-" + d.id().replace('_', '-');
    }

    /** Vocabulary words and dimension names are plain ASCII, so quoting needs no escapes. */
    private static String quote(String literal) {
        if (!literal.matches("[a-z_=]+")) {
            throw new IllegalArgumentException("literal '" + literal + "' has characters the grammar would need to escape");
        }
        return '"' + literal + '"';
    }
}
