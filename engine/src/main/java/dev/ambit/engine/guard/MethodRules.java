package dev.ambit.engine.guard;

import dev.ambit.engine.policy.Detection;
import java.util.List;

/**
 * A list of {@link MethodRule}s run together. Each rule's gate is a registered word list, so a sentence looks its
 * words up once (see {@link WordSet}) and each rule whose gate it misses costs one bit test.
 */
final class MethodRules {
    private final List<MethodRule> rules;

    MethodRules(List<MethodRule> rules) {
        if (rules.isEmpty()) {
            throw new IllegalArgumentException("a rule set holds at least one method rule");
        }
        this.rules = List.copyOf(rules);
    }

    void detect(Prompt prompt, List<Detection> out) {
        for (Sentence s : prompt.distinct) {
            for (MethodRule rule : rules) {
                if (Lexicon.mentionsAny(rule.gate(), s.words)) {
                    rule.applyGated(prompt, s, out);
                }
            }
        }
    }
}
