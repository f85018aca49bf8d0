package dev.ambit.engine.prefs;

import dev.ambit.engine.policy.Dimension;
import dev.ambit.engine.policy.DataCategory;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Turns what a user says into candidate profile updates, deterministically: "keep it short" gives verbosity
 * short, "I live in Leeds" the fact location = Leeds, "my email is a@b.org" an identifier to minimise. Text that
 * tries to instruct the assistant ("ignore your rules") becomes a single instruction candidate that the bounds
 * always reject, so it can never be stored as a memory. Questions and ordinary requests yield nothing.
 */
public final class StatementExtractor {
    private static final Pattern INSTRUCTION = Pattern.compile("\\b(?:ignore|disregard|forget|override|bypass|"
            + "disable|turn off|switch off|drop) (?:all |any |every )?(?:of )?(?:your |the |my |previous |prior |above |earlier |"
            + "system )*(?:rules?|instructions?|guidelines?|restrictions?|polic(?:y|ies)|filters?|safety|guardrails?|"
            + "programming|prompt|limits?|bounds?|constraints?)|\\byou (?:have|has) no (?:rules|restrictions|limits|filters)|"
            + "\\b(?:jailbreak|jailbroken|developer mode|dan mode|god mode|unfiltered mode|uncensored mode)\\b|"
            + "\\b(?:act|behave) as (?:an? )?(?:unfiltered|uncensored|unrestricted)|\\byou are now (?:dan|free|unrestricted|"
            + "unfiltered|evil|jailbroken)|\\bnew (?:system )?instructions?:|\\bsystem prompt\\b|\\breveal your "
            + "(?:prompt|instructions)|\\bfrom now on,? you (?:will|must|can) (?:ignore|answer anything|do anything)|"
            + "\\bdo anything now\\b|\\bno (?:rules|restrictions|limits|filters) (?:apply|anymore)");
    private static final Pattern QUESTION_START = Pattern.compile("^(?:what|whats|what's|how|why|when|where|who|whom|whose|"
            + "which|is|are|was|were|does|did|do|has|have|had|should|shall|will|am)\\b");
    private static final Pattern POLITE_PREFIX = Pattern.compile("^(?:(?:ok(?:ay)?|so|well|hey|hi|also|and|but|oh|please|pls|"
            + "plz|just|actually|honestly|btw|by the way|from now on|going forward|in future|in the future|for future "
            + "reference|remember(?: that)?|note(?: that)?|fyi|for the record|can you|could you|would you|will you|"
            + "i'?d like you to|i want you to|i need you to|i'?d like it if you|i'?d prefer (?:it )?if you|"
            + "i'?d appreciate it if you|would you mind|you should|you can|could we|can we|let'?s)[,:]?\\s+)+");
    private static final Pattern THIRD_PARTY = Pattern.compile("^(?:(?:my|our|his|her|their) (?:\\w+ )?(?:boss|friends?|wife|"
            + "husband|partner|mum|mom|mother|dad|father|parents?|sisters?|brothers?|sons?|daughters?|kids?|child|children|"
            + "colleagues?|co-?workers?|manager|teacher|doctor|neighbou?rs?|team|family|girlfriend|boyfriend|cousins?|aunt|"
            + "uncle|grand(?:ma|pa|mother|father|parents)|room-?mates?|flat-?mates?|students?|patients?|clients?|customers?)|"
            + "(?:he|she|they|someone|somebody|people|everyone|nobody)\\b)");
    private static final Pattern ADDRESS = Pattern.compile("(?<!don't |do not |dont |never |stop |not )\\b(?:call me|address me as|refer to me as|i go by|you can call me|"
            + "please call me|name me|my name is|my name's|i'?m called|just call me)\\s+"
            + "([\\p{L}][\\p{L}.'-]*(?: [\\p{L}][\\p{L}.'-]*){0,2}?)"
            + "(?=\\s*$|[,;!?]|\\.\\s*$| (?:and|but|please|instead|from|thanks?|thank|if|because|since|not|for|when)\\b)",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern REMEMBER = Pattern.compile("^(?:please )?(?:remember|note|keep in mind|don'?t forget)"
            + "(?: that| this:?|:)?\\s+(.{3,200})$");
    private static final Pattern FIRST_PERSON = Pattern.compile("\\b(?:i|i'm|i've|im|me|my|mine)\\b");
    private static final Pattern IDENTIFIER_CUE = Pattern.compile("\\b(?:my|me|i|i'm|reach|contact|text|call|email)\\b");
    private static final Pattern SENTENCE_END = Pattern.compile(
            "(?<!\\b(?:dr|mr|mrs|ms|mx|prof|st|sr|jr|e\\.g|i\\.e|etc)\\.)(?<=[.!?;])\\s+|\\n+", Pattern.CASE_INSENSITIVE);
    private static final int MAX_INPUT = 4000;

    /** Candidates in the order the text states them, at most one per dimension (the last statement wins). */
    public List<Candidate> extract(String text) {
        if (text == null || text.isBlank()) {
            return List.of();
        }
        String input = text.length() > MAX_INPUT ? text.substring(0, MAX_INPUT) : text;
        String evidence = input.strip();
        String plain = straighten(input);
        String lower = plain.toLowerCase(Locale.ROOT);
        if (INSTRUCTION.matcher(lower).find()) {
            return List.of(Candidate.instruction(evidence));
        }
        Map<String, Candidate> byName = new LinkedHashMap<>();
        identifiers(plain, lower, evidence, byName);
        for (String sentence : SENTENCE_END.split(plain)) {
            sentence(sentence, evidence, byName);
        }
        return List.copyOf(byName.values());
    }

    private void sentence(String sentence, String evidence, Map<String, Candidate> into) {
        String original = sentence.strip().replaceAll("[.!?;]+$", "");
        String lower = original.toLowerCase(Locale.ROOT);
        if (lower.isEmpty()) {
            return;
        }
        boolean question = sentence.strip().endsWith("?") && QUESTION_START.matcher(lower).find();
        boolean startsLikeQuestion = QUESTION_START.matcher(lower).find() && !lower.startsWith("do not")
                && !lower.startsWith("don't") && !lower.startsWith("dont");
        if (question || startsLikeQuestion || THIRD_PARTY.matcher(StatementExtractor.stripPrefix(lower)).find()) {
            return;
        }
        Matcher address = ADDRESS.matcher(original);
        if (address.find()) {
            String name = address.group(1).strip();
            if (Dimension.ADDRESS.accepts(name) && !name.equalsIgnoreCase("it")) {
                put(into, Candidate.of(Dimension.ADDRESS, capitalise(name), evidence));
            }
        }
        for (String clause : lower.split(",\\s*|\\s+(?:and|but|also|plus)\\s+(?=(?:i|i'm|i am|use|keep|be|no|don't|please|"
                + "answer|reply|call|give|stop|make|write|talk|speak|avoid|add|skip|explain)\\b)")) {
            clause(clause.strip(), original, lower, evidence, into);
        }
        // Phrasings that span a comma ("not too long, not too short") are read on the whole sentence too.
        PhraseRules.match(stripPrefix(lower)).forEach((d, v) -> {
            if (d == Dimension.VERBOSITY && "medium".equals(v)) {
                put(into, Candidate.of(d, v, evidence));
            }
        });
    }

    private void clause(String clause, String original, String lowerSentence, String evidence, Map<String, Candidate> into) {
        String core = stripPrefix(clause);
        if (core.isEmpty()) {
            return;
        }
        Map<Dimension, String> dims = PhraseRules.match(core);
        dims.forEach((d, v) -> put(into, Candidate.of(d, v, evidence)));
        int offset = lowerSentence.indexOf(clause);
        String originalClause = offset >= 0 && lowerSentence.length() == original.length()
                ? stripPrefixKeepingCase(original.substring(offset, offset + clause.length()), core)
                : core;
        List<FactRules.Found> facts = FactRules.match(core, originalClause);
        for (FactRules.Found f : facts) {
            if (f.fact().equals("name")) {
                continue;
            }
            put(into, Candidate.fact(f.fact(), f.value(), f.category(), evidence));
        }
        if (dims.isEmpty() && facts.isEmpty()) {
            Matcher remember = REMEMBER.matcher(clause);
            if (remember.find() && FIRST_PERSON.matcher(remember.group(1)).find()) {
                put(into, Candidate.fact("note", originalClause, null, evidence));
            }
        }
    }

    private static void identifiers(String plain, String lower, String evidence, Map<String, Candidate> into) {
        if (!IDENTIFIER_CUE.matcher(lower).find()) {
            return;
        }
        for (Identifiers.Found f : Identifiers.find(plain)) {
            String name = switch (f.category()) {
                case EMAIL -> "email";
                case PHONE -> "phone";
                case CARD -> "card";
                case ADDRESS -> "postal_address";
                default -> "national_id";
            };
            put(into, Candidate.fact(name, f.value(), f.category(), evidence));
        }
    }

    private static void put(Map<String, Candidate> into, Candidate c) {
        into.remove(c.name());
        into.put(c.name(), c);
    }

    static String stripPrefix(String lower) {
        return POLITE_PREFIX.matcher(lower.strip()).replaceFirst("").strip();
    }

    private static String stripPrefixKeepingCase(String original, String core) {
        String trimmed = original.strip();
        return trimmed.length() >= core.length() ? trimmed.substring(trimmed.length() - core.length()) : core;
    }

    private static String straighten(String text) {
        return text.replace('\u2019', '\'').replace('\u2018', '\'').replace('\u201c', '"').replace('\u201d', '"')
                .replaceAll("[\\t ]+", " ");
    }

    private static String capitalise(String name) {
        return name.isEmpty() || Character.isUpperCase(name.charAt(0))
                ? name
                : Character.toUpperCase(name.charAt(0)) + name.substring(1);
    }
}
