package dev.ambit.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.regex.Pattern;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.CharRange;
import net.jqwik.api.constraints.Chars;
import net.jqwik.api.constraints.StringLength;

/** The hand-written kind check accepts exactly what its documented pattern does. */
class NewItemKindTest {
    private static final Pattern DOCUMENTED = Pattern.compile("[a-z][a-z0-9_]{0,31}");

    @Property(tries = 2000)
    void kindCheck_agreesWithTheDocumentedPattern(@ForAll @StringLength(max = 40) @CharRange(from = 'a', to = 'z')
            @CharRange(from = '0', to = '9') @Chars({'_', 'A', 'Z', '-', '.', ' ', '`', '{', '/', ':', 'é'}) String kind) {
        assertEquals(DOCUMENTED.matcher(kind).matches(), accepted(kind), "kind \"" + kind + "\"");
    }

    @Property(tries = 50)
    void longestKind_isAcceptedAndOneMoreCharacterIsNot(@ForAll @CharRange(from = 'a', to = 'z') char c) {
        assertTrue(accepted(String.valueOf(c).repeat(32)));
        assertFalse(accepted(String.valueOf(c).repeat(33)));
    }

    private static boolean accepted(String kind) {
        try {
            new NewItem(kind, "", "v", "{}");
            return true;
        } catch (IllegalArgumentException e) {
            return false;
        }
    }
}
