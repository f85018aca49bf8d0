package dev.ambit.engine.guard.lexical;

import dev.ambit.engine.guard.DeterministicGuard;
import dev.ambit.engine.guard.TextNormalizer;
import dev.ambit.engine.guard.eval.LabeledDataset;
import dev.ambit.engine.guard.eval.LabeledPrompt;
import dev.ambit.engine.policy.HazardDetector;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Development harness, not a test: {@code BASE... --cv FOLD...} trains on the base sets and all folds but one and
 * reports the model on the fold left out, for each fold; {@code --eval SET...} also reports rules and both on
 * sets never trained on. Settings come from system properties (bits, hazardBits, epochs, lr, l2).
 */
public final class LexicalExperiment {
    private static final double[] TAUS = {0.6, 0.7, 0.75, 0.8, 0.85, 0.9};

    public static void main(String[] args) {
        List<Path> base = new ArrayList<>();
        List<Path> folds = new ArrayList<>();
        List<Path> eval = new ArrayList<>();
        List<Path> target = base;
        for (String a : args) {
            switch (a) {
                case "--cv" -> target = folds;
                case "--eval" -> target = eval;
                default -> target.add(Path.of(a));
            }
        }
        LexicalTrainer.Settings d = LexicalTrainer.Settings.DEFAULT;
        LexicalTrainer.Settings s = new LexicalTrainer.Settings(Integer.getInteger("bits", d.bits()),
                Integer.getInteger("hazardBits", d.hazardBits()), Integer.getInteger("epochs", d.epochs()),
                Float.parseFloat(System.getProperty("lr", Float.toString(d.learningRate()))),
                Float.parseFloat(System.getProperty("l2", Float.toString(d.l2()))), d.seed());
        double[] sa = new double[TAUS.length];
        double[] rc = new double[TAUS.length];
        int withUnsafe = 0;
        for (Path held : folds) {
            List<Path> train = new ArrayList<>(base);
            folds.stream().filter(f -> !f.equals(held)).forEach(train::add);
            LexicalModel model = LexicalTrainer.train(LexicalTrainingSet.examples(train), s);
            double[][] r = report(held, model, null);
            boolean hasUnsafe = !Double.isNaN(r[1][0]);
            withUnsafe += hasUnsafe ? 1 : 0;
            for (int i = 0; i < TAUS.length; i++) {
                sa[i] += r[0][i] / folds.size();
                rc[i] += hasUnsafe ? r[1][i] : 0;
            }
        }
        for (int i = 0; i < TAUS.length; i++) {
            rc[i] /= Math.max(1, withUnsafe);
        }
        if (!folds.isEmpty()) {
            StringBuilder line = new StringBuilder("cv mean model safe/recall:");
            for (int i = 0; i < TAUS.length; i++) {
                line.append(String.format("  %.2f: %.3f/%.3f", TAUS[i], sa[i], rc[i]));
            }
            System.out.println(line);
        }
        if (!eval.isEmpty()) {
            List<Path> train = new ArrayList<>(base);
            train.addAll(folds);
            LexicalModel model = LexicalTrainer.train(LexicalTrainingSet.examples(train), s);
            for (Path p : eval) {
                report(p, model, DeterministicGuard.rulesOnly());
            }
        }
    }

    /** Model safe-allowed and recall per threshold on {@code set}; with rules, prints rules and both too. */
    private static double[][] report(Path set, LexicalModel model, DeterministicGuard rules) {
        List<LabeledPrompt> rows = LabeledDataset.read(set);
        int safe = 0, unsafe = 0, rTp = 0, rFp = 0;
        int[] mTp = new int[TAUS.length], mFp = new int[TAUS.length], cTp = new int[TAUS.length], cFp = new int[TAUS.length];
        for (LabeledPrompt r : rows) {
            boolean byRules = rules != null && !rules.detect(r.prompt(), HazardDetector.Direction.INPUT).isEmpty();
            double pu = model.judge(TextNormalizer.normalize(r.prompt())).unsafe();
            if (r.unsafe()) unsafe++; else safe++;
            if (byRules) { if (r.unsafe()) rTp++; else rFp++; }
            for (int i = 0; i < TAUS.length; i++) {
                boolean m = pu >= TAUS[i];
                if (m) { if (r.unsafe()) mTp[i]++; else mFp[i]++; }
                if (m || byRules) { if (r.unsafe()) cTp[i]++; else cFp[i]++; }
            }
        }
        double[][] out = new double[2][TAUS.length];
        for (int i = 0; i < TAUS.length; i++) {
            out[0][i] = 1 - mFp[i] / (double) safe;
            out[1][i] = mTp[i] / (double) unsafe;
        }
        if (rules != null) {
            System.out.printf("%s: rules %.3f/%.3f%n", set.getFileName(), 1 - rFp / (double) safe, rTp / (double) unsafe);
            for (int i = 0; i < TAUS.length; i++) {
                System.out.printf("   tau %.2f model %.3f/%.3f  both %.3f/%.3f%n", TAUS[i], out[0][i], out[1][i],
                        1 - cFp[i] / (double) safe, cTp[i] / (double) unsafe);
            }
        }
        return out;
    }
}
