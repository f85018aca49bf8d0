package dev.ambit.engine.guard;

import dev.ambit.engine.policy.Detection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * A list of {@link MethodRule}s run together. For each gate word it keeps the bits of the rules that word opens: a
 * sentence ORs its words' bits once and only the rules whose bit is set run, so most sentences cost a dozen map
 * lookups whatever the number of rules.
 */
final class MethodRules {
    private final List<MethodRule> rules;
    private final Map<String, Long> rulesByWord;

    MethodRules(List<MethodRule> rules) {
        if (rules.isEmpty() || rules.size() > Long.SIZE) {
            throw new IllegalArgumentException("a rule set holds 1 to 64 method rules, one bit each; got " + rules.size());
        }
        this.rules = List.copyOf(rules);
        Map<String, Long> map = new HashMap<>();
        for (int i = 0; i < rules.size(); i++) {
            for (String w : rules.get(i).gate()) {
                map.merge(w, 1L << i, (a, b) -> a | b);
            }
        }
        this.rulesByWord = Map.copyOf(map);
    }

    void detect(Prompt prompt, List<Detection> out) {
        for (Sentence s : prompt.distinct) {
            long open = 0;
            for (String w : s.words) {
                Long bits = rulesByWord.get(w);
                open |= bits == null ? 0 : bits;
            }
            for (int i = 0; open != 0; i++, open >>>= 1) {
                if ((open & 1) != 0) {
                    rules.get(i).applyGated(prompt, s, out);
                }
            }
        }
    }
}
