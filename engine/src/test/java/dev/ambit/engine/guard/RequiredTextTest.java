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
    private static List<String> gate(String regex) {
        return RequiredText.of(Pattern.compile(regex)).anyOf();
    }

    @Test
    void alternativesAreMultipliedOutAndTheMostSelectiveRunWins() {
        assertEquals(List.of("sex with", "sleep with", "hook up with"), gate("\\b(sex|sleep|hook up) with\\b"));
        assertEquals(List.of("a car", "the car"), gate("\\b(a|the) car\\b|\\bthe car\\b"));
        assertEquals(List.of("car"), gate("\\b(a |the )?car\\b"));
    }

    @Test
    void aStringContainingAnotherIsImplied() {
        assertEquals(List.of("sex"), gate("\\b(sex|sexual|sexy)\\b"));
    }

    @Test
    void everyAlternativeMustRequireSomething() {
        assertEquals(List.of(), gate("\\bpoison\\b|\\w+"));
        assertEquals(List.of(), gate("(kill)?\\w+"));
    }

    @Test
    void aPositiveLookaheadRequiresItsTextAndANegativeOneNothing() {
        assertEquals(List.of("dark web", "black market"), gate("^(?=.*\\b(dark web|black market)\\b)"));
        assertEquals(List.of("coke"), gate("(?<!diet )coke(?! zero)"));
    }

    @Test
    void quantifiersKeepWhatAtLeastOneRepeatRequires() {
        assertEquals(List.of("ab"), gate("(ab)+c*"));
        assertEquals(List.of("x"), gate("(ab)*x"));
        assertEquals(List.of("secret"), gate("(keep|keeps) (\\w+ ){0,4}secrets?"));
    }

    @Test
    void unreadableOrFlaggedPatternsAreNeverGated() {
        assertEquals(List.of(), RequiredText.of(Pattern.compile("poison", Pattern.CASE_INSENSITIVE)).anyOf());
        assertEquals(List.of(), gate("(?i)poison"));
        assertEquals(List.of(), gate("\\p{L}poison"));
        assertEquals(List.of(), gate("(a)\\1"));
    }

    @Test
    void escapedCharactersAreLiterals() {
        assertEquals(List.of("a.b"), gate("a\\.b"));
        assertEquals(List.of("80 % lower"), gate("80 % lower"));
    }

    @Test
    void aTextWithoutTheRequiredWordsIsRuledOut() {
        Pattern p = Pattern.compile("\\b(satisfy|act on) (my )?(\\w+ )?(urges|attraction)\\b");
        assertFalse(RequiredText.of(p).admits("plan a vegetable garden for a small balcony"));
        assertTrue(RequiredText.of(p).admits("act on my urges"));
    }

    /** Random texts made of the patterns' own pieces: wherever the gate says no, the regex agrees. */
    @Test
    void theGateNeverRulesOutAMatch() {
        List<String> regexes = List.of(
                "\\b(sex|sleep|hook up) with (a |an )?(child|kid|minor)",
                "^(?=.*\\b(dark ?web|darknet)\\b)(?=.*\\b(buy|get)\\b.{0,20}\\b(gun|pistol)s?\\b)",
                "\\b(keep|keeps) (\\w+ ){0,2}(secrets?|between (us|you and me))|\\bour (little )?secrets?",
                "(?<!(diet|cherry) )coke(?! (zero|cola))|\\bcrack(ed)?\\b",
                "\\b(how|where) (can|do) (i|we) (get|buy)\\b.{0,30}\\b(ammo|ammunition)?\\b",
                "[a-z]+'s (car|house)s?\\b|\\b(1[0-5]|[1-9]) ?(year|yr)s? old\\b");
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
                if (!gate.admits(t)) {
                    assertFalse(p.matcher(t).find(), () -> regex + " matches '" + t + "' which its gate ruled out");
                }
            }
        }
    }
}
