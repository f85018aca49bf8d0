package dev.ambit.engine.guard;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;

/**
 * Literal strings one of which every match of a pattern contains, read from the pattern's source: a text holding
 * none of them cannot match, and telling so takes a few {@code indexOf}s where the regex engine tries its whole
 * alternation at every word boundary. The guard's patterns fail on nearly every sentence, so this is most of what
 * they cost.
 *
 * <p>Only a necessary condition is derived, never a sufficient one, so a pattern gated this way answers exactly as
 * before. Whatever the reader does not understand (inline flags, back-references, unusual escapes) yields no gate:
 * the pattern then always runs.
 *
 * @param anyOf the strings, at least one of which occurs in any text the pattern finds a match in; empty when
 *     nothing is known and every text is admitted
 */
record RequiredText(List<String> anyOf) {
    /** Every pattern's gate, read once: patterns are constants, so this holds a few hundred entries at most. */
    private static final ConcurrentHashMap<Pattern, RequiredText> GATES = new ConcurrentHashMap<>();
    private static final RequiredText ANY = new RequiredText(List.of());
    /** A cap on enumerated alternatives: past it, a longer list would cost more to check than it saves. */
    private static final int MAX_STRINGS = 64;

    RequiredText {
        anyOf = List.copyOf(anyOf);
    }

    /** The gate of {@code pattern}, computed on first use. */
    static RequiredText of(Pattern pattern) {
        RequiredText gate = GATES.get(pattern);
        return gate != null ? gate : GATES.computeIfAbsent(pattern, RequiredText::read);
    }

    /** {@code pattern.matcher(text).find()}, skipping the regex engine where the gate already rules a match out. */
    static boolean find(Pattern pattern, String text) {
        return of(pattern).admits(text) && pattern.matcher(text).find();
    }

    /** False only when {@code text} cannot hold a match: it contains none of the required strings. */
    boolean admits(String text) {
        if (anyOf.isEmpty()) {
            return true;
        }
        for (String s : anyOf) {
            if (text.contains(s)) {
                return true;
            }
        }
        return false;
    }

    private static RequiredText read(Pattern pattern) {
        if (pattern.flags() != 0) {
            return ANY; // Case folding, comments or multi-line mode change what a literal matches.
        }
        try {
            Node node = new Reader(pattern.pattern()).all();
            return node.required == null ? ANY : new RequiredText(node.required);
        } catch (Unsupported e) {
            return ANY;
        }
    }

    /**
     * What is known of a piece of pattern: every string it can match, where they are few and finite ({@code exact},
     * else null), and strings one of which any match contains ({@code required}, else null).
     */
    private record Node(Set<String> exact, List<String> required) {
        static final Node EMPTY = new Node(Set.of(""), null);
        static final Node UNKNOWN = new Node(null, null);
    }

    /** A construct the reader does not understand: the pattern gets no gate. */
    private static final class Unsupported extends RuntimeException {
        private static final long serialVersionUID = 1L;

        Unsupported(String what) {
            super(what, null, false, false);
        }
    }

    /** A recursive-descent reader of the regex syntax the guard's patterns use. */
    private static final class Reader {
        private final String src;
        private int at;

        Reader(String src) {
            this.src = src;
        }

        Node all() {
            Node n = alternation();
            if (at != src.length()) {
                throw new Unsupported("unbalanced ) at " + at);
            }
            return n;
        }

        /** Alternatives: a match is one of them, so it holds what that one requires. */
        private Node alternation() {
            List<Node> alternatives = new ArrayList<>();
            alternatives.add(sequence());
            while (at < src.length() && src.charAt(at) == '|') {
                at++;
                alternatives.add(sequence());
            }
            if (alternatives.size() == 1) {
                return alternatives.get(0);
            }
            Set<String> exact = new LinkedHashSet<>();
            Set<String> required = new LinkedHashSet<>();
            for (Node a : alternatives) {
                if (exact != null && a.exact != null && exact.size() + a.exact.size() <= MAX_STRINGS) {
                    exact.addAll(a.exact);
                } else {
                    exact = null;
                }
                List<String> r = requirement(a);
                if (required != null && r != null) {
                    required.addAll(r);
                } else {
                    required = null;
                }
            }
            return new Node(exact, required == null ? null : minimal(required));
        }

        /** Items in a row: runs of enumerable items are multiplied out; the most selective requirement wins. */
        private Node sequence() {
            Set<String> run = Set.of("");
            boolean whole = true;
            List<List<String>> candidates = new ArrayList<>();
            while (at < src.length() && src.charAt(at) != '|' && src.charAt(at) != ')') {
                Item item = quantified();
                if (item.lookahead != null) {
                    candidates.add(item.lookahead);
                }
                Node n = item.node;
                if (n.exact != null && run.size() * n.exact.size() <= MAX_STRINGS) {
                    run = product(run, n.exact);
                    continue;
                }
                whole = false;
                addCandidate(candidates, run);
                if (n.exact != null) {
                    run = n.exact;
                } else {
                    if (n.required != null) {
                        candidates.add(n.required);
                    }
                    run = Set.of("");
                }
            }
            addCandidate(candidates, run);
            List<String> best = candidates.stream().max(Comparator.comparingInt(Reader::selectivity)).orElse(null);
            return new Node(whole ? run : null, best);
        }

        /** What a node's match surely contains: its requirement, or its enumerated strings if none is empty. */
        private static List<String> requirement(Node n) {
            if (n.required != null) {
                return n.required;
            }
            if (n.exact != null && !n.exact.contains("")) {
                return minimal(n.exact);
            }
            return null;
        }

        private static void addCandidate(List<List<String>> candidates, Set<String> strings) {
            if (!strings.contains("")) {
                candidates.add(minimal(strings));
            }
        }

        /** Longer strings are rarer; fewer strings are cheaper to look for. */
        private static int selectivity(List<String> strings) {
            int shortest = strings.stream().mapToInt(String::length).min().orElse(0);
            return Math.min(shortest, 6) * 1000 - strings.size();
        }

        /** Drops each string containing another of the set: finding the shorter is implied by finding the longer. */
        private static List<String> minimal(Set<String> strings) {
            List<String> out = new ArrayList<>();
            for (String s : strings) {
                boolean implied = false;
                for (String t : strings) {
                    if (t != s && !t.equals(s) && s.contains(t)) {
                        implied = true;
                        break;
                    }
                }
                if (!implied && !out.contains(s)) {
                    out.add(s);
                }
            }
            return out;
        }

        private static Set<String> product(Set<String> left, Set<String> right) {
            Set<String> out = new LinkedHashSet<>();
            for (String l : left) {
                for (String r : right) {
                    out.add(l + r);
                }
            }
            return out;
        }

        /** An atom with its quantifier; a positive lookahead's requirement also holds for the text. */
        private record Item(Node node, List<String> lookahead) {}

        private Item quantified() {
            Item atom = atom();
            if (at >= src.length()) {
                return atom;
            }
            int min;
            int max;
            char c = src.charAt(at);
            if (c == '?') {
                min = 0;
                max = 1;
                at++;
            } else if (c == '*') {
                min = 0;
                max = Integer.MAX_VALUE;
                at++;
            } else if (c == '+') {
                min = 1;
                max = Integer.MAX_VALUE;
                at++;
            } else if (c == '{') {
                int close = src.indexOf('}', at);
                if (close < 0) {
                    throw new Unsupported("unclosed {");
                }
                String[] bounds = src.substring(at + 1, close).split(",", -1);
                try {
                    min = Integer.parseInt(bounds[0]);
                    max = bounds.length == 1 ? min : bounds[1].isEmpty() ? Integer.MAX_VALUE : Integer.parseInt(bounds[1]);
                } catch (NumberFormatException e) {
                    throw new Unsupported("bad bounds");
                }
                if (bounds.length > 2) {
                    throw new Unsupported("bad bounds");
                }
                at = close + 1;
            } else {
                return atom;
            }
            if (at < src.length() && (src.charAt(at) == '?' || src.charAt(at) == '+')) {
                at++; // Lazy or possessive: the same strings match.
            }
            if (atom.lookahead != null) {
                throw new Unsupported("quantified lookaround");
            }
            Node n = atom.node;
            Set<String> exact = null;
            if (n.exact != null && max == 1) {
                exact = new LinkedHashSet<>(n.exact);
                if (min == 0) {
                    exact.add("");
                }
            }
            return new Item(new Node(exact, min >= 1 ? requirement(n) : null), null);
        }

        private Item atom() {
            char c = src.charAt(at++);
            switch (c) {
                case '(':
                    return group();
                case '[':
                    skipClass();
                    return new Item(Node.UNKNOWN, null);
                case '.':
                    return new Item(Node.UNKNOWN, null);
                case '^':
                case '$':
                    return new Item(Node.EMPTY, null);
                case '\\':
                    return escape();
                case '*':
                case '+':
                case '?':
                case '{':
                case ')':
                case '|':
                    throw new Unsupported("dangling " + c);
                default:
                    return literal(c);
            }
        }

        private static Item literal(char c) {
            return new Item(new Node(Set.of(String.valueOf(c)), null), null);
        }

        private Item escape() {
            if (at >= src.length()) {
                throw new Unsupported("trailing \\");
            }
            char c = src.charAt(at++);
            if (c == 'b' || c == 'B') {
                return new Item(Node.EMPTY, null);
            }
            if ("wWdDsS".indexOf(c) >= 0) {
                return new Item(Node.UNKNOWN, null);
            }
            if (".?()[]{}*+|^$\\/-'\"&,:;!#<>=@%~`_ ".indexOf(c) >= 0) {
                return literal(c);
            }
            throw new Unsupported("escape \\" + c);
        }

        private Item group() {
            boolean capture = true;
            boolean lookahead = false;
            boolean zeroWidth = false;
            if (src.startsWith("?:", at)) {
                at += 2;
                capture = false;
            } else if (src.startsWith("?=", at)) {
                at += 2;
                lookahead = true;
            } else if (src.startsWith("?!", at) || src.startsWith("?<=", at) || src.startsWith("?<!", at)) {
                at += src.charAt(at + 1) == '<' ? 3 : 2;
                zeroWidth = true;
            } else if (src.startsWith("?<", at)) {
                int close = src.indexOf('>', at);
                if (close < 0) {
                    throw new Unsupported("unnamed group");
                }
                at = close + 1;
            } else if (src.startsWith("?", at)) {
                throw new Unsupported("inline flags");
            }
            Node inner = alternation();
            if (at >= src.length() || src.charAt(at) != ')') {
                throw new Unsupported("unclosed (");
            }
            at++;
            if (lookahead) {
                // Consumes nothing, but what it looks for is in the text.
                return new Item(Node.EMPTY, requirement(inner));
            }
            if (zeroWidth) {
                return new Item(Node.EMPTY, null);
            }
            return new Item(inner, null);
        }

        /** Skips a character class: it matches one of many characters, which is no literal to look for. */
        private void skipClass() {
            if (src.startsWith("]", at) || src.startsWith("^]", at)) {
                throw new Unsupported("] first in a class");
            }
            while (at < src.length()) {
                char c = src.charAt(at++);
                if (c == '\\') {
                    at++;
                } else if (c == '[') {
                    throw new Unsupported("nested class");
                } else if (c == ']') {
                    return;
                }
            }
            throw new Unsupported("unclosed [");
        }
    }
}
