package dev.ambit.engine.inference;

import java.util.HashSet;
import java.util.List;
import java.util.Optional;

/**
 * A closed set of answers and the GBNF grammar whose only sentences are those answers, after at most two
 * whitespace characters (Llama Guard starts its answer with blank lines).
 *
 * @param labels distinct, non-blank answers, in the order they are matched
 */
record LabelGrammar(List<String> labels) {
    LabelGrammar {
        if (labels == null || labels.isEmpty()) {
            throw new IllegalArgumentException("labels must name at least one answer, got " + labels);
        }
        if (labels.stream().anyMatch(l -> l == null || l.isBlank()) || new HashSet<>(labels).size() != labels.size()) {
            throw new IllegalArgumentException("labels must be distinct and non-blank, got " + labels);
        }
        labels = List.copyOf(labels);
    }

    String gbnf() {
        StringBuilder g = new StringBuilder("root ::= [ \\t\\n]? [ \\t\\n]? (");
        for (int i = 0; i < labels.size(); i++) {
            g.append(i == 0 ? "" : " | ").append('"');
            for (char c : labels.get(i).strip().toCharArray()) {
                switch (c) {
                    case '"' -> g.append("\\\"");
                    case '\\' -> g.append("\\\\");
                    case '\n' -> g.append("\\n");
                    case '\r' -> g.append("\\r");
                    case '\t' -> g.append("\\t");
                    default -> g.append(c);
                }
            }
            g.append('"');
        }
        return g.append(")").toString();
    }

    /** The first label that {@code answer} equals once both are stripped of surrounding whitespace. */
    Optional<String> match(String answer) {
        String a = answer.strip();
        return labels.stream().filter(l -> l.strip().equals(a)).findFirst();
    }
}
