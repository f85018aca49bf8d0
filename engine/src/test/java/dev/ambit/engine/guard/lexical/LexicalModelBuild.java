package dev.ambit.engine.guard.lexical;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Rebuilds the bundled lexical model from {@link LexicalTrainingSet} after its data changes. Run from the engine
 * module: {@code mvn -q -pl engine -am test-compile} then
 * {@code java -cp ... dev.ambit.engine.guard.lexical.LexicalModelBuild} (bench/README.md has the full line).
 */
public final class LexicalModelBuild {
    static final Path TARGET = Path.of("src", "main", "resources", "dev", "ambit", "engine", "guard", "lexical",
            LexicalClassifier.RESOURCE);

    public static void main(String[] args) throws IOException {
        var examples = LexicalTrainingSet.examples();
        LexicalModel model = LexicalTrainer.train(examples, LexicalTrainer.Settings.DEFAULT);
        Files.createDirectories(TARGET.getParent());
        try (OutputStream out = Files.newOutputStream(TARGET)) {
            model.write(out);
        }
        System.out.println("trained on " + examples.size() + " prompts; wrote " + TARGET);
    }
}
