package dev.ambit.engine.guard.lexical;

import dev.ambit.engine.guard.TextNormalizer;
import dev.ambit.engine.guard.eval.LabeledDataset;
import dev.ambit.engine.guard.eval.LabeledPrompt;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * What the bundled lexical model is trained on: the project's own labelled sets under
 * {@code src/test/resources/guard} — the evaluation sets and the training sets in {@code train/}, all written for
 * this project; never XSTest, which stays an evaluation set. The bundled model is this set's model under
 * {@link LexicalTrainer.Settings#DEFAULT}, which {@code BundledLexicalModelTest} checks.
 */
final class LexicalTrainingSet {
    static final Path DIR = Path.of("src", "test", "resources", "guard");

    private LexicalTrainingSet() {}

    /** The training files, in a fixed order (the trainer's result depends on it). */
    static List<Path> files() throws java.io.IOException {
        List<Path> files = new ArrayList<>();
        for (Path dir : List.of(DIR, DIR.resolve("train"))) {
            try (Stream<Path> s = Files.list(dir)) {
                s.filter(p -> p.getFileName().toString().endsWith(".csv")).sorted().forEach(files::add);
            }
        }
        return files;
    }

    static List<LabeledPrompt> prompts() throws java.io.IOException {
        List<LabeledPrompt> out = new ArrayList<>();
        for (Path p : files()) {
            out.addAll(LabeledDataset.read(p));
        }
        return out;
    }

    static List<LexicalTrainer.Example> examples() throws java.io.IOException {
        return examples(files());
    }

    /** The examples of {@code files}, normalised as the guard normalises a prompt, their hazards from their types. */
    static List<LexicalTrainer.Example> examples(List<Path> files) {
        List<LexicalTrainer.Example> out = new ArrayList<>();
        for (Path p : files) {
            for (LabeledPrompt r : LabeledDataset.read(p)) {
                out.add(new LexicalTrainer.Example(TextNormalizer.normalize(r.prompt()), r.unsafe(),
                        r.unsafe() ? TrainingLabels.hazardOf(r.type()) : Optional.empty()));
            }
        }
        return out;
    }
}
