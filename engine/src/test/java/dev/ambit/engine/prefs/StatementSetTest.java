package dev.ambit.engine.prefs;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

/** Extraction and admissibility accuracy on the labelled statements in {@code prefs/statements.tsv}. */
class StatementSetTest {
    private final StatementExtractor extractor = new StatementExtractor();

    @Test
    void labelledStatements_areExtractedAndJudgedAsLabelled() throws IOException {
        List<String[]> rows = rows();
        int correct = 0;
        List<String> misses = new ArrayList<>();
        for (String[] row : rows) {
            Set<String> expected = expected(row[1]);
            Set<String> actual = actual(row[0], expected);
            if (expected.equals(actual)) {
                correct++;
            } else {
                misses.add(row[0] + "\n    expected " + expected + "\n    got      " + actual);
            }
        }
        double accuracy = (double) correct / rows.size();
        System.out.printf(Locale.ROOT, "statement set: %d/%d exact (%.1f%%)%n", correct, rows.size(), 100 * accuracy);
        misses.forEach(m -> System.out.println("  miss: " + m));
        assertTrue(rows.size() >= 100, "the set should hold about 100 statements, has " + rows.size());
        assertTrue(accuracy >= 0.9, "accuracy " + accuracy + " below 0.9; misses:\n" + String.join("\n", misses));
    }

    /** Statements written after the rules and never used to tune them: reported, with a modest floor. */
    @Test
    void heldOutStatements_reportAccuracy() throws IOException {
        List<String[]> rows = rows("/prefs/holdout.tsv");
        int correct = 0;
        for (String[] row : rows) {
            Set<String> expected = expected(row[1]);
            Set<String> actual = actual(row[0], expected);
            if (expected.equals(actual)) {
                correct++;
            } else {
                System.out.println("  held-out miss: " + row[0] + "\n    expected " + expected + "\n    got      " + actual);
            }
        }
        double accuracy = (double) correct / rows.size();
        System.out.printf(Locale.ROOT, "held-out set: %d/%d exact (%.1f%%)%n", correct, rows.size(), 100 * accuracy);
        assertTrue(accuracy >= 0.7, "held-out accuracy " + accuracy + " below 0.7");
    }

    private Set<String> actual(String text, Set<String> expected) {
        Set<String> out = new TreeSet<>();
        for (Candidate c : extractor.extract(text)) {
            Admission a = Admissibility.check(c, PreferenceBounds.global());
            String status = a.status().wireName();
            if (c.isDimension()) {
                out.add(c.name() + "=" + c.value() + ":" + status);
            } else {
                String withValue = "fact " + c.name() + "=" + c.value() + ":" + status;
                // Facts labelled without a value are compared on name and status only.
                out.add(expected.contains(withValue) ? withValue : "fact " + c.name() + ":" + status);
            }
        }
        return out;
    }

    private static Set<String> expected(String label) {
        Set<String> out = new TreeSet<>();
        if (label.strip().equals("-")) {
            return out;
        }
        for (String item : label.split(";")) {
            out.add(item.strip());
        }
        return out;
    }

    static List<String[]> rows() throws IOException {
        return rows("/prefs/statements.tsv");
    }

    static List<String[]> rows(String resource) throws IOException {
        try (InputStream in = StatementSetTest.class.getResourceAsStream(resource)) {
            List<String[]> rows = new ArrayList<>();
            for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                String[] parts = line.split("\t");
                if (parts.length != 2) {
                    throw new IllegalStateException(resource + ": expected text<TAB>label, got: " + line);
                }
                rows.add(parts);
            }
            return rows;
        }
    }
}
