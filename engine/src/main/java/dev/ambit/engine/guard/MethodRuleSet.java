package dev.ambit.engine.guard;

import dev.ambit.engine.policy.Detection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * A list of {@link MethodRule}s run the cheap way: each gate word maps to the bits of the rules it opens, a sentence
 * ORs its words' bits once, and only the opened rules run their patterns. Several detectors keep their own rule
 * lists (one file per family of methods) and share this dispatch.
 *
 * @param rules the rules, at most 64
 * @param byWord for each gate word, the bits of the rules it opens
 */
record MethodRuleSet(List<MethodRule> rules, Map<String, Long> byWord) {
    MethodRuleSet {
        if (rules.isEmpty() || rules.size() > Long.SIZE) {
            throw new IllegalArgumentException("a rule set holds 1 to 64 rules, found " + rules.size());
        }
        rules = List.copyOf(rules);
        byWord = Map.copyOf(byWord);
    }

    static MethodRuleSet of(List<MethodRule> rules) {
        Map<String, Long> map = new HashMap<>();
        for (int i = 0; i < Math.min(rules.size(), Long.SIZE); i++) {
            for (String w : rules.get(i).gate()) {
                map.merge(w, 1L << i, (a, b) -> a | b);
            }
        }
        return new MethodRuleSet(rules, map);
    }

    /** Runs the rules each sentence opens; reports at most one detection per rule and prompt. */
    void detect(Prompt prompt, List<Detection> out) {
        long fired = 0;
        for (Sentence s : prompt.sentences) {
            long open = 0;
            for (String w : s.words) {
                Long bits = byWord.get(w);
                open |= bits == null ? 0 : bits;
            }
            open &= ~fired;
            for (int i = 0; open != 0; i++, open >>>= 1) {
                if ((open & 1) != 0 && rules.get(i).applyGated(prompt, s, out)) {
                    fired |= 1L << i;
                }
            }
        }
    }
}
