package dev.ambit.cli.command;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import org.junit.jupiter.api.Test;

class ProgressPrinterTest {

    @Test
    void withoutATerminal_printsOneLinePerTenth() {
        StringWriter err = new StringWriter();
        ProgressPrinter progress = new ProgressPrinter(new PrintWriter(err), "m", false);
        progress.attempt(1, 0);
        for (long have = 1; have <= 10_000; have++) {
            progress.advanced(have, 10_000);
        }
        progress.verifying();
        long lines = err.toString().lines().count();
        assertEquals(1 + 11 + 1, lines, err.toString());
        assertTrue(err.toString().contains("100% 10.0 kB / 10.0 kB"), err.toString());
        assertTrue(!err.toString().contains("\r"), "no carriage returns in logs");
    }

    @Test
    void onATerminal_redrawsOneLine_withBytesRateAndEta() {
        StringWriter err = new StringWriter();
        ProgressPrinter progress = new ProgressPrinter(new PrintWriter(err), "m", true);
        progress.attempt(2, 500);
        progress.advanced(1000, 4000);
        progress.advanced(4000, 4000);
        progress.verifying();
        String text = err.toString();
        assertTrue(text.startsWith("ambit: resuming m at 500 B (attempt 2)\n"), text);
        assertTrue(text.contains("\r[######..................]  25% 1.0 kB / 4.0 kB"), text);
        assertTrue(text.contains("/s  ETA "), "rate and time left: " + text);
        assertTrue(text.endsWith("\nambit: verifying the SHA-256 of m\n"), "the bar's line is ended first: " + text);
    }
}
