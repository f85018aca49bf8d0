package dev.ambit.engine.guard;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;

/**
 * Literal strings that every match of a pattern contains, read from the pattern's source: a text lacking them
 * cannot match, and telling so takes one scan of the text where the regex engine tries its whole alternation at
 * every word boundary (or, for a pattern of lookaheads, backtracks over the whole text once per lookahead). The
 * guard's patterns fail on nearly every sentence, so this was most of what they cost.
 *
 * <p>The requirement is an OR of ANDs of "one of these strings": {@code \b(a|b) .{0,20} c\b|(?=.*d)(?=.*e)} needs
 * ("a " or "b ") and "c", or else "d" and "e". Only a necessary condition is derived, never a sufficient one, so a
 * pattern gated this way answers exactly as before. Whatever the reader does not understand (inline flags,
 * back-references, unusual escapes) yields no gate: the pattern then always runs.
 *
 * @param alternatives each a list of string sets, all of which a matching text holds one string of; empty when
 *     nothing is known and every text is admitted
 * @param firsts the first set of every alternative pooled, one of which any matching text holds; null for fewer
 *     than two alternatives (or more than 64)
 * @param firstOf for each string of {@code firsts}, a bit for each alternative whose first set holds it
 * @param starts strings one of which every match starts with, so a match is tried only where one occurs; null when
 *     unknown or too short to be worth it
 */
record RequiredText(List<List<Literals>> alternatives, Literals firsts, Map<String, Long> firstOf,
        Literals starts) {
    /** Every pattern's gate, read once: patterns are constants, so this holds a few hundred entries at most. */
    private static final ConcurrentHashMap<Pattern, Known> GATES = new ConcurrentHashMap<>();
    private static final java.util.concurrent.atomic.AtomicInteger IDS = new java.util.concurrent.atomic.AtomicInteger();
    private static final RequiredText ANY = new RequiredText(List.of(), null, null, null);
    /** Match starts are looked for only when every one is this long: shorter strings start too often to help. */
    private static final int MIN_START = 3;
    /** A cap on enumerated alternatives: past it, a longer list is no more selective than a shorter one. */
    private static final int MAX_STRINGS = 64;
    /** At most this many string sets are required together; the most selective are kept. */
    private static final int MAX_ALL_OF = 3;
    /** Past this many alternative requirements, they are merged into one looser set. */
    private static final int MAX_ALTERNATIVES = 32;

    RequiredText {
        alternatives = List.copyOf(alternatives);
    }

    /**
     * A gate of these alternatives; where there are several, one pass over the text finds which alternatives' first
     * sets occur, and only those alternatives are read further.
     */
    static RequiredText of(List<List<Literals>> alternatives, Literals starts) {
        if (alternatives.size() < 2 || alternatives.size() > Long.SIZE) {
            return new RequiredText(alternatives, null, null, starts);
        }
        Map<String, Long> firstOf = new java.util.HashMap<>();
        for (int a = 0; a < alternatives.size(); a++) {
            for (String first : alternatives.get(a).get(0).strings()) {
                firstOf.merge(first, 1L << a, (x, y) -> x | y);
            }
        }
        return new RequiredText(alternatives, new Literals(List.copyOf(firstOf.keySet())), Map.copyOf(firstOf), starts);
    }

    /** A pattern's gate and its number, 0, 1, 2... in the order patterns are first asked about. */
    private record Known(RequiredText gate, int id) {}

    /** The gate of {@code pattern}, computed on first use. */
    static RequiredText of(Pattern pattern) {
        return known(pattern).gate();
    }

    /** A small number for {@code pattern}, its own: an index for callers remembering answers per pattern. */
    static int id(Pattern pattern) {
        return known(pattern).id();
    }

    private static Known known(Pattern pattern) {
        Known known = GATES.get(pattern);
        return known != null ? known
                : GATES.computeIfAbsent(pattern, p -> new Known(read(p), IDS.getAndIncrement()));
    }

    /** {@code pattern.matcher(text).find()}, skipping the regex engine where the gate already rules a match out. */
    static boolean find(Pattern pattern, String text) {
        RequiredText gate = of(pattern);
        if (!gate.admits(text)) {
            return false;
        }
        return gate.starts == null ? pattern.matcher(text).find() : gate.matchesAtAStart(pattern, text);
    }

    /**
     * Whether a match starts where one of {@link #starts} does: the same answer as {@code find()}, which tries every
     * position, since no match starts anywhere else. Each try sees the whole text (transparent, non-anchoring
     * bounds), so word boundaries, lookbehinds and {@code ^} read as they do in {@code find()}.
     */
    private boolean matchesAtAStart(Pattern pattern, String text) {
        java.util.regex.Matcher m = pattern.matcher(text).useTransparentBounds(true).useAnchoringBounds(false);
        for (int at = starts.indexIn(text, 0); at >= 0; at = starts.indexIn(text, at + 1)) {
            m.region(at, text.length());
            if (m.lookingAt()) {
                return true;
            }
        }
        return false;
    }

    /** The requirement spelled out, e.g. {@code [[a car, the car], [engine]] | [[hot wire]]}; "any" when none. */
    String describe() {
        if (alternatives.isEmpty()) {
            return "any";
        }
        return String.join(" | ", alternatives.stream()
                .map(allOf -> allOf.stream().map(l -> l.strings().toString()).toList().toString()).toList());
    }

    /** False only when {@code text} cannot hold a match: some required set has none of its strings in it. */
    boolean admits(String text) {
        if (alternatives.isEmpty()) {
            return true;
        }
        if (firsts == null) {
            for (List<Literals> allOf : alternatives) {
                if (holdsAll(text, allOf, 0)) {
                    return true;
                }
            }
            return false;
        }
        // Usually no alternative's first set occurs, and one pass says so; else only the ones whose set does are read.
        for (long met = firsts.tagsFoundIn(text, firstOf); met != 0; met &= met - 1) {
            if (holdsAll(text, alternatives.get(Long.numberOfTrailingZeros(met)), 1)) {
                return true;
            }
        }
        return false;
    }

    /** Whether {@code text} holds a string of each of {@code allOf}'s sets from index {@code from} on. */
    private static boolean holdsAll(String text, List<Literals> allOf, int from) {
        for (int i = from; i < allOf.size(); i++) {
            if (!allOf.get(i).foundIn(text)) {
                return false;
            }
        }
        return true;
    }

    private static RequiredText read(Pattern pattern) {
        if (pattern.flags() != 0) {
            return ANY; // Case folding, comments or multi-line mode change what a literal matches.
        }
        try {
            Node node = new Reader(pattern.pattern()).all();
            List<List<List<String>>> dnf = node.required;
            if (dnf == null) {
                return ANY;
            }
            Literals starts = node.prefix == null || node.prefix.stream().anyMatch(p -> p.length() < MIN_START) ? null
                    : new Literals(List.copyOf(node.prefix));
            List<List<Literals>> alternatives = new ArrayList<>();
            for (List<List<String>> allOf : dnf) {
                alternatives.add(allOf.stream().map(Literals::new).toList());
            }
            return of(alternatives, starts);
        } catch (Unsupported e) {
            return ANY;
        }
    }

    /**
     * Strings one of which must occur. A few are looked for one by one; many (a pattern's alternation multiplied
     * out can give a hundred) in one pass over the text, through an index of their first few characters.
     */
    static final class Literals {
        /** Up to this many strings, {@code String.contains} on each is quicker than a pass with the index. */
        private static final int FEW = 8;

        private final List<String> strings;
        /** Null when the strings are few. */
        private final Index index;

        /** @param strings the strings, none empty */
        Literals(List<String> strings) {
            this.strings = List.copyOf(strings);
            this.index = this.strings.size() > FEW ? new Index(this.strings) : null;
        }

        List<String> strings() {
            return strings;
        }

        boolean foundIn(String text) {
            return indexIn(text, 0) >= 0;
        }

        /** The tags of every string found in {@code text}, OR-ed; 0 when none is. */
        long tagsFoundIn(String text, Map<String, Long> tags) {
            long found = 0;
            if (index != null) {
                for (int at = index.indexIn(text, 0); at >= 0; at = index.indexIn(text, at + 1)) {
                    found |= index.tagsAt(text, at, tags);
                }
                return found;
            }
            for (String s : strings) {
                if (text.contains(s)) {
                    found |= tags.get(s);
                }
            }
            return found;
        }

        /** Where the first of the strings to occur at or after {@code from} starts; -1 if none does. */
        int indexIn(String text, int from) {
            if (index != null) {
                return index.indexIn(text, from);
            }
            int first = -1;
            for (String s : strings) {
                int at = text.indexOf(s, from);
                if (at >= 0 && (first < 0 || at < first)) {
                    first = at;
                }
            }
            return first;
        }

        /**
         * The strings by a hash of their first {@code k} characters ({@code k} the shortest string's length, at most
         * 4). A pass rolls the hash along the text: most positions stop at one bit test, and only a position whose
         * hash some string shares is compared in full.
         */
        private static final class Index {
            private static final int MAX_KEY = 4;
            private static final int HASH_BITS = 16;
            private static final int BUCKETS = 1024;

            private final int k;
            /** 31^(k-1): what the character leaving the window contributed to the hash. */
            private final int lead;
            private final long[] hashes = new long[(1 << HASH_BITS) >>> 6];
            private final String[][] buckets = new String[BUCKETS][];

            Index(List<String> strings) {
                k = Math.min(MAX_KEY, strings.stream().mapToInt(String::length).min().orElseThrow());
                int p = 1;
                for (int i = 1; i < k; i++) {
                    p *= 31;
                }
                lead = p;
                for (String s : strings) {
                    int h = hash(s, 0, k);
                    hashes[(h & ((1 << HASH_BITS) - 1)) >>> 6] |= 1L << h;
                    String[] b = buckets[h & (BUCKETS - 1)];
                    b = b == null ? new String[1] : java.util.Arrays.copyOf(b, b.length + 1);
                    b[b.length - 1] = s;
                    buckets[h & (BUCKETS - 1)] = b;
                }
            }

            private static int hash(String s, int from, int k) {
                int h = 0;
                for (int i = from; i < from + k; i++) {
                    h = h * 31 + s.charAt(i);
                }
                return h;
            }

            /** The tags of the strings starting at {@code at}, OR-ed. */
            long tagsAt(String text, int at, Map<String, Long> tags) {
                long found = 0;
                for (String s : buckets[hash(text, at, k) & (BUCKETS - 1)]) {
                    if (text.startsWith(s, at)) {
                        found |= tags.get(s);
                    }
                }
                return found;
            }

            int indexIn(String text, int from) {
                int n = text.length();
                if (n - from < k) {
                    return -1;
                }
                int h = hash(text, from, k);
                for (int i = from; ; i++) {
                    // 1L << h shifts by h mod 64: the bit of h within its word.
                    if ((hashes[(h & ((1 << HASH_BITS) - 1)) >>> 6] & 1L << h) != 0) {
                        for (String s : buckets[h & (BUCKETS - 1)]) {
                            if (text.startsWith(s, i)) {
                                return i;
                            }
                        }
                    }
                    if (i + k >= n) {
                        return -1;
                    }
                    h = (h - text.charAt(i) * lead) * 31 + text.charAt(i + k);
                }
            }
        }
    }

    /**
     * What is known of a piece of pattern: every string it can match, where they are few and finite ({@code exact},
     * else null), an OR of ANDs of string sets that any match satisfies ({@code required}, else null), and strings one
     * of which every match starts with ({@code prefix}, else null).
     */
    private record Node(Set<String> exact, List<List<List<String>>> required, Set<String> prefix) {
        static final Node EMPTY = new Node(Set.of(""), null, null);
        static final Node UNKNOWN = new Node(null, null, null);

        Node(Set<String> exact, List<List<List<String>>> required) {
            this(exact, required, exact == null || exact.contains("") ? null : exact);
        }
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
            List<List<List<String>>> required = new ArrayList<>();
            Set<String> prefix = new LinkedHashSet<>();
            for (Node a : alternatives) {
                if (prefix != null && a.prefix != null) {
                    prefix.addAll(a.prefix);
                } else {
                    prefix = null;
                }
                if (exact != null && a.exact != null && exact.size() + a.exact.size() <= MAX_STRINGS) {
                    exact.addAll(a.exact);
                } else {
                    exact = null;
                }
                List<List<List<String>>> r = requirement(a);
                if (required != null && r != null) {
                    required.addAll(r);
                } else {
                    required = null;
                }
            }
            if (exact != null && !exact.contains("")) {
                required = List.of(List.of(minimal(exact))); // "(a|the) car|the car": one set says it all
            } else if (required != null && required.size() > MAX_ALTERNATIVES) {
                required = List.of(List.of(flatten(required)));
            }
            return new Node(exact, required, prefix);
        }

        /**
         * Items in a row: runs of enumerable items are multiplied out, and a match holds what every item requires;
         * the most selective few requirements are kept.
         */
        private Node sequence() {
            Set<String> run = Set.of("");
            boolean whole = true;
            List<List<String>> candidates = new ArrayList<>();
            List<List<List<List<String>>>> ors = new ArrayList<>(); // requirements that are ORs of several ANDs
            Set<String> prefix = null;
            while (at < src.length() && src.charAt(at) != '|' && src.charAt(at) != ')') {
                Item item = quantified();
                addAll(candidates, ors, item.lookahead);
                Node n = item.node;
                if (n.exact != null && run.size() * n.exact.size() <= MAX_STRINGS) {
                    run = product(run, n.exact);
                    continue;
                }
                if (whole) {
                    // The first item that breaks the run: a match starts with the run so far, or with this item.
                    prefix = !run.contains("") ? run : run.equals(Set.of("")) ? n.prefix : null;
                }
                whole = false;
                addCandidate(candidates, run);
                if (n.exact != null) {
                    run = n.exact;
                } else {
                    addAll(candidates, ors, n.required);
                    run = Set.of("");
                }
            }
            addCandidate(candidates, run);
            for (int i = 1; i < ors.size(); i++) {
                candidates.add(flatten(ors.get(i)));
            }
            if (whole) {
                prefix = run.contains("") ? null : run;
            }
            if (ors.isEmpty()) {
                List<List<String>> allOf = best(candidates);
                return new Node(whole ? run : null, allOf.isEmpty() ? null : List.of(allOf), prefix);
            }
            // "\\b(keep .{1,20} safe|escape from)\\b": each alternative of the group, with what the rest requires.
            List<List<List<String>>> required = new ArrayList<>();
            for (List<List<String>> allOf : ors.get(0)) {
                List<List<String>> with = new ArrayList<>(allOf);
                with.addAll(candidates);
                required.add(best(with));
            }
            return new Node(whole ? run : null, required, prefix);
        }

        /** The most selective few of a sequence's requirements, most selective first. */
        private static List<List<String>> best(List<List<String>> candidates) {
            return candidates.stream().distinct()
                    .sorted(Comparator.comparingInt(Reader::selectivity).reversed()).limit(MAX_ALL_OF).toList();
        }

        /** Adds what {@code required} demands to a sequence's demands: all of it if it is one AND, else the whole OR. */
        private static void addAll(List<List<String>> candidates, List<List<List<List<String>>>> ors,
                List<List<List<String>>> required) {
            if (required == null) {
                return;
            }
            if (required.size() == 1) {
                candidates.addAll(required.get(0));
            } else {
                ors.add(required); // kept whole: distributed over the sequence's other requirements at its end
            }
        }

        /** An OR of ANDs loosened to one set: the best-kept set of each AND, pooled. */
        private static List<String> flatten(List<List<List<String>>> required) {
            Set<String> pooled = new LinkedHashSet<>();
            for (List<List<String>> allOf : required) {
                pooled.addAll(allOf.get(0));
            }
            return minimal(pooled);
        }

        /** What a node's match surely satisfies: its requirement, or its enumerated strings if none is empty. */
        private static List<List<List<String>>> requirement(Node n) {
            if (n.required != null) {
                return n.required;
            }
            if (n.exact != null && !n.exact.contains("")) {
                return List.of(List.of(minimal(n.exact)));
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
        private record Item(Node node, List<List<List<String>>> lookahead) {}

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
            // A match of X+ or X{2,} starts as X's does.
            Set<String> prefix = min >= 1 ? n.prefix : null;
            return new Item(new Node(exact, min >= 1 ? requirement(n) : null,
                    exact == null || exact.contains("") ? prefix : exact), null);
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
