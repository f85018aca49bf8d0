package dev.ambit.engine.guard.lexical;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import dev.ambit.engine.guard.eval.LabeledDataset;
import dev.ambit.engine.guard.eval.LabeledPrompt;
import dev.ambit.engine.testing.TinyModel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

/** The bundled model is exactly what the committed training set gives, and that set is the project's own. */
class BundledLexicalModelTest {
    /** Word overlap (Jaccard) at which a prompt counts as a near copy of another. */
    private static final double NEAR_COPY = 0.6;

    @Test
    void bundledModel_isTheModelOfTheCommittedTrainingSet() throws Exception {
        LexicalModel retrained = LexicalTrainer.train(LexicalTrainingSet.examples(), LexicalTrainer.Settings.DEFAULT);
        java.io.ByteArrayOutputStream stored = new java.io.ByteArrayOutputStream();
        retrained.write(stored);
        LexicalModel asBundled = LexicalModel.read(new java.io.ByteArrayInputStream(stored.toByteArray()));
        assertTrue(asBundled.sameWeights(LexicalClassifier.bundled()),
                "the bundled lexical model differs from the one its training set gives; rebuild it with LexicalModelBuild");
    }

    @Test
    void trainingSet_holdsNoXsTestPromptNorANearCopyOfOne() throws Exception {
        Path csv = TinyModel.sharedDir().resolve("eval").resolve("xstest").resolve("xstest_prompts.csv");
        if (!Files.isRegularFile(csv)) {
            if ("true".equalsIgnoreCase(System.getenv("CI"))) {
                fail("the XSTest data set is missing: " + csv + " (CI=true: the check must not be skipped)");
            }
            Assumptions.abort("the XSTest data set is missing: " + csv);
        }
        List<Set<String>> xstest = LabeledDataset.read(csv).stream().map(p -> words(p.prompt())).toList();
        List<String> copies = new ArrayList<>();
        for (LabeledPrompt p : LexicalTrainingSet.prompts()) {
            Set<String> w = words(p.prompt());
            if (w.size() >= 3 && xstest.stream().anyMatch(x -> jaccard(w, x) >= NEAR_COPY)) {
                copies.add(p.prompt());
            }
        }
        assertEquals(List.of(), copies, "training prompts too close to XSTest prompts");
    }

    /** Harmful requests in their thousands, and more ordinary ones than harmful, as in real use. */
    @Test
    void trainingSet_holdsThousandsOfEachLabel_andMoreSafeThanUnsafe() throws Exception {
        List<LabeledPrompt> all = LexicalTrainingSet.prompts();
        long unsafe = all.stream().filter(LabeledPrompt::unsafe).count();
        assertTrue(unsafe >= 4000, "unsafe prompts: " + unsafe);
        assertTrue(all.size() - unsafe > unsafe, "safe " + (all.size() - unsafe) + " vs unsafe " + unsafe);
    }

    private static Set<String> words(String text) {
        return Arrays.stream(text.toLowerCase(Locale.ROOT).split("[^a-z0-9]+")).filter(s -> !s.isEmpty())
                .collect(Collectors.toCollection(HashSet::new));
    }

    private static double jaccard(Set<String> a, Set<String> b) {
        Set<String> both = new HashSet<>(a);
        both.retainAll(b);
        return both.size() / (double) (a.size() + b.size() - both.size());
    }
}
