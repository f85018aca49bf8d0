package dev.ambit.engine.guard;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Random;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** The literal gate in front of a pattern only ever rules out texts the pattern cannot match. */
class RequiredTextTest {
    private static String gate(String regex) {
        return RequiredText.of(Pattern.compile(regex)).describe();
    }

    @Test
    void alternativesAreMultipliedOutAndTheMostSelectiveRunWins() {
        assertEquals("[[sex with, sleep with, hook up with]]", gate("\\b(sex|sleep|hook up) with\\b"));
        assertEquals("[[a car, the car]]", gate("\\b(a|the) car\\b|\\bthe car\\b"));
        assertEquals("[[car]]", gate("\\b(a |the )?car\\b"));
    }

    @Test
    void aStringContainingAnotherIsImplied() {
        assertEquals("[[sex]]", gate("\\b(sex|sexual|sexy)\\b"));
    }

    @Test
    void everyAlternativeMustRequireSomething() {
        assertEquals("any", gate("\\bpoison\\b|\\w+"));
        assertEquals("any", gate("(kill)?\\w+"));
    }

    @Test
    void aPositiveLookaheadRequiresItsTextAndANegativeOneNothing() {
        assertEquals("[[dark web, black market]]", gate("^(?=.*\\b(dark web|black market)\\b)"));
        assertEquals("[[coke]]", gate("(?<!diet )coke(?! zero)"));
    }

    @Test
    void aMatchHoldsWhatEachPartRequiresAndAnAlternativeWhatItsOwnDo() {
        assertEquals("[[start, unlock], [car, truck]]", gate("^(?=.*\\b(start|unlock)\\b)(?=.*\\b(car|truck)s?\\b)"));
        assertEquals("[[keep ], [ safe]] | [[escape from]]", gate("\\bkeep .{1,20} safe\\b|\\bescape from\\b"));
        assertEquals("[[keep ], [ safe], [now]] | [[escape from], [now]]", gate("\\b(keep .{1,20} safe|escape from)\\b.*now"));
    }

    @Test
    void manyStringsAreFoundThroughTheIndexAsByContains() {
        RequiredText gate = RequiredText.of(Pattern.compile("\\b(alpha|beta|gamma|delta|epsilon|zeta|eta|theta|iota|kappa|x)\\b"));
        assertTrue(gate.admits("the kappa"));
        assertTrue(gate.admits("x"));
        assertTrue(gate.admits("ends in zet\u00e9 or eta"));
        assertFalse(gate.admits("none of th\u00e9m here, only bet and gam"));
    }

    /** The indexed pass answers as {@code contains} on each string would, whatever the strings' lengths. */
    @Test
    void theIndexFindsWhatContainsFinds() {
        Random random = new Random(11);
        String alphabet = "ab c\u00e9";
        for (int round = 0; round < 2_000; round++) {
            List<String> strings = new java.util.ArrayList<>();
            for (int i = 9 + random.nextInt(20); i > 0; i--) {
                strings.add(randomText(random, alphabet, 1 + random.nextInt(6)));
            }
            RequiredText.Literals literals = new RequiredText.Literals(strings);
            for (int i = 0; i < 20; i++) {
                String text = randomText(random, alphabet, random.nextInt(30));
                assertEquals(strings.stream().anyMatch(text::contains), literals.foundIn(text), () -> strings + " in " + text);
            }
        }
    }

    private static String randomText(Random random, String alphabet, int length) {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < length; i++) {
            sb.append(alphabet.charAt(random.nextInt(alphabet.length())));
        }
        return sb.toString();
    }

    @Test
    void quantifiersKeepWhatAtLeastOneRepeatRequires() {
        assertEquals("[[ab]]", gate("(ab)+c*"));
        assertEquals("[[x]]", gate("(ab)*x"));
        assertEquals("[[secret], [keep , keeps ]]", gate("(keep|keeps) (\\w+ ){0,4}secrets?"));
    }

    @Test
    void unreadableOrFlaggedPatternsAreNeverGated() {
        assertEquals("any", RequiredText.of(Pattern.compile("poison", Pattern.CASE_INSENSITIVE)).describe());
        assertEquals("any", gate("(?i)poison"));
        assertEquals("any", gate("\\p{L}poison"));
        assertEquals("any", gate("(a)\\1"));
    }

    @Test
    void escapedCharactersAreLiterals() {
        assertEquals("[[a.b]]", gate("a\\.b"));
        assertEquals("[[80 % lower]]", gate("80 % lower"));
    }

    @Test
    void aTextWithoutTheRequiredWordsIsRuledOut() {
        Pattern p = Pattern.compile("\\b(satisfy|act on) (my )?(\\w+ )?(urges|attraction)\\b");
        assertFalse(RequiredText.of(p).admits("plan a vegetable garden for a small balcony"));
        assertTrue(RequiredText.of(p).admits("act on my urges"));
    }

    /**
     * Random texts made of the patterns' own pieces: wherever the gate says no, the regex agrees, and the gated
     * search (trying matches only where a match can start) answers as {@code find()} does.
     */
    @Test
    void theGateNeverRulesOutAMatch() {
        List<String> regexes = List.of(
                "\\b(sex|sleep|hook up) with (a |an )?(child|kid|minor)",
                "^(?=.*\\b(dark ?web|darknet)\\b)(?=.*\\b(buy|get)\\b.{0,20}\\b(gun|pistol)s?\\b)",
                "\\b(keep|keeps) (\\w+ ){0,2}(secrets?|between (us|you and me))|\\bour (little )?secrets?",
                "(?<!(diet|cherry) )coke(?! (zero|cola))|\\bcrack(ed)?\\b",
                "\\b(how|where) (can|do) (i|we) (get|buy)\\b.{0,30}\\b(ammo|ammunition)?\\b",
                "[a-z]+'s (car|house)s?\\b|\\b(1[0-5]|[1-9]) ?(year|yr)s? old\\b",
                "(?<!diet )\\b(coke|crack)(ed)?\\b(?! zero)|\\bkeeps? (\\w+ )?secrets?\\b",
                "\\b(how|where) (can|do)+ (i|we)\\b.{0,20}\\bguns?$",
                "^(a|the) (dark web|car)\\b|(?<=buy )guns?\\b");
        List<String> pieces = List.of("sex", "sleep", "hook up", "with", "a", "an", "child", "kid", "minor", "dark", "web",
                "darkweb", "darknet", "buy", "get", "gun", "guns", "pistol", "keep", "keeps", "secret", "secrets",
                "between", "us", "you and me", "our", "little", "diet", "cherry", "coke", "zero", "cola", "crack", "cracked",
                "how", "where", "can", "do", "i", "we", "ammo", "ammunition", "bob's", "car", "house", "12", "7", "year",
                "yrs", "old", "the", "x");
        Random random = new Random(7);
        for (String regex : regexes) {
            Pattern p = Pattern.compile(regex);
            RequiredText gate = RequiredText.of(p);
            for (int i = 0; i < 20_000; i++) {
                StringBuilder text = new StringBuilder();
                for (int w = random.nextInt(9); w >= 0; w--) {
                    text.append(pieces.get(random.nextInt(pieces.size()))).append(random.nextInt(6) == 0 ? "" : " ");
                }
                String t = text.toString();
                boolean matches = p.matcher(t).find();
                if (!gate.admits(t)) {
                    assertFalse(matches, () -> regex + " matches '" + t + "' which its gate ruled out");
                }
                assertEquals(matches, RequiredText.find(p, t), () -> regex + " on '" + t + "'");
            }
        }
    }
}
