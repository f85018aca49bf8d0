package dev.ambit.cli.tui;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class InputLineTest {
    @Test
    void history_walksBackAndForth_andRestoresTheDraft() {
        InputLine line = new InputLine();
        line.insert("one");
        line.take();
        line.insert("two");
        line.take();
        line.insert("draft");
        line.previous();
        assertEquals("two", line.text());
        line.previous();
        assertEquals("one", line.text());
        line.previous();
        assertEquals("one", line.text(), "the oldest entry stays");
        line.next();
        line.next();
        assertEquals("draft", line.text());
    }

    @Test
    void editing_insertsAndDeletesAtTheCursor_andHomeEndStayOnTheCurrentLine() {
        InputLine line = new InputLine();
        line.insert("ac");
        line.left();
        line.insert("b");
        assertEquals("abc", line.text());
        line.end();
        line.insert("\nxyz");
        line.home();
        assertEquals(4, line.cursor());
        line.delete();
        assertEquals("abc\nyz", line.text());
        line.end();
        line.backspace();
        assertEquals("abc\ny", line.text());
    }

    @Test
    void take_skipsBlankAndRepeatedEntriesInTheHistory() {
        InputLine line = new InputLine();
        line.insert("same");
        line.take();
        line.insert("same");
        line.take();
        line.insert("   ");
        line.take();
        line.previous();
        assertEquals("same", line.text());
        line.previous();
        assertEquals("same", line.text(), "only one entry");
    }
}
