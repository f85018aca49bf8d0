package dev.ambit.cli.command;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.ambit.cli.CliContext;
import dev.ambit.cli.ExitCode;
import dev.ambit.cli.json.ReplyJson;
import dev.ambit.engine.guard.DeterministicGuard;
import dev.ambit.engine.guard.eval.EvalReport;
import dev.ambit.engine.guard.eval.GuardEvaluation;
import dev.ambit.engine.guard.eval.GuardLatency;
import dev.ambit.engine.guard.eval.LabeledDataset;
import dev.ambit.engine.guard.eval.LabeledPrompt;
import dev.ambit.engine.policy.EffectivePolicy;
import dev.ambit.engine.policy.Hazard;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code ambit eval guard}: the input guard's precision, recall and over-refusal on a labelled CSV. */
@Command(name = "guard", mixinStandardHelpOptions = true, sortOptions = false,
        description = {"Run the input guard over a labelled CSV and report how well it refuses and allows.",
            "The CSV needs a header with columns prompt and label (safe or unsafe); a type column, if present, "
            + "splits the report. A prompt counts as refused when a detection falls in a category the effective "
            + "policy (--jurisdiction, default eu, plus any --org) refuses or redirects on input.",
            "Exits 2 when the file is missing or malformed."})
public final class GuardEvalCommand implements Callable<Integer> {
    private final CliContext context;

    @Option(names = "--dataset", required = true, paramLabel = "FILE.csv", description = "The labelled prompts.")
    Path dataset;

    @Mixin
    PolicyOptions policyOptions;

    private Set<Hazard> blocking = Set.of();

    @Option(names = "--json", description = "Print one JSON object instead of the text report.")
    boolean json;

    @Option(names = "--rules-only", description = {"Judge with the rules alone, without the learned lexical model that "
        + "adds refusals where no rule fires: shows what each layer contributes."})
    boolean rulesOnly;

    @Option(names = "--no-latency", description = "Skip the latency measurement (it warms the guard up for a few seconds).")
    boolean noLatency;

    GuardEvalCommand(CliContext context) {
        this.context = context;
    }

    @Override
    public Integer call() {
        List<LabeledPrompt> prompts = LabeledDataset.read(dataset);
        EffectivePolicy policy = policyOptions.effective(context, Optional.empty());
        blocking = GuardEvaluation.blockingCategories(policy);
        DeterministicGuard guard = rulesOnly ? DeterministicGuard.rulesOnly() : new DeterministicGuard();
        EvalReport report = new GuardEvaluation(guard, blocking).run(prompts);
        GuardLatency.Latency latency = noLatency ? null
                : GuardLatency.measure(guard, prompts.stream().map(LabeledPrompt::prompt).toList(), 5);
        PrintWriter out = context.out();
        if (json) {
            out.println(toJson(report, latency));
        } else {
            printText(report, latency, out);
        }
        out.flush();
        return ExitCode.OK.code();
    }

    private void printText(EvalReport r, GuardLatency.Latency latency, PrintWriter out) {
        EvalReport.Confusion o = r.overall();
        out.printf(Locale.ROOT, "dataset: %s (%d safe, %d unsafe)%n", dataset, o.safe(), o.unsafe());
        out.printf(Locale.ROOT, "layers: %s%n", rulesOnly ? "rules only" : "rules and the lexical model");
        out.printf(Locale.ROOT, "refusing categories: %s%n", blocking.stream().map(Hazard::id)
                .sorted().collect(Collectors.joining(", ")));
        out.printf(Locale.ROOT, "safe allowed %.1f%%  unsafe refused (recall) %.1f%%  precision %.1f%%  over-refusal %.1f%%%n",
                100 * o.safeAllowed(), 100 * o.recall(), 100 * o.precision(), 100 * o.overRefusal());
        out.println();
        out.println("confusion         refused  allowed");
        out.printf(Locale.ROOT, "  unsafe          %7d  %7d%n", o.truePositive(), o.falseNegative());
        out.printf(Locale.ROOT, "  safe            %7d  %7d%n", o.falsePositive(), o.trueNegative());
        out.println();
        out.printf(Locale.ROOT, "%-32s %6s %6s %9s %9s%n", "type", "safe", "unsafe", "recall", "over-ref");
        for (Map.Entry<String, EvalReport.Confusion> e : r.byType().entrySet()) {
            EvalReport.Confusion c = e.getValue();
            out.printf(Locale.ROOT, "%-32s %6d %6d %9s %9s%n", e.getKey(), c.safe(), c.unsafe(),
                    c.unsafe() == 0 ? "-" : String.format(Locale.ROOT, "%.1f%%", 100 * c.recall()),
                    c.safe() == 0 ? "-" : String.format(Locale.ROOT, "%.1f%%", 100 * c.overRefusal()));
        }
        out.println();
        out.printf(Locale.ROOT, "%-32s %9s %9s%n", "category", "on unsafe", "on safe");
        r.byCategory().forEach((k, v) -> out.printf(Locale.ROOT, "%-32s %9d %9d%n", k, v.onUnsafe(), v.onSafe()));
        out.println();
        if (latency != null) {
            out.printf(Locale.ROOT, "latency per 1 KiB of prompt text: p50 %.1f us, p99 %.1f us (%d blocks, %s, after warm-up)%n",
                    latency.p50Micros(), latency.p99Micros(), latency.blocks(), latency.cpuTime() ? "CPU time" : "wall time");
        }
        out.println();
        out.printf(Locale.ROOT, "misjudged (%d):%n", r.misjudged().size());
        for (EvalReport.Misjudged m : r.misjudged()) {
            out.printf(Locale.ROOT, "  line %d %s [%s] %s%s%n", m.line(), m.unsafe() ? "MISSED" : "OVER-REFUSED",
                    m.type().isEmpty() ? "-" : m.type(), m.prompt(),
                    m.detections().isEmpty() ? "" : "  <- " + String.join(", ", m.detections()));
        }
    }

    private ObjectNode toJson(EvalReport r, GuardLatency.Latency latency) {
        ObjectNode root = ReplyJson.MAPPER.createObjectNode();
        root.put("dataset", dataset.toString());
        root.put("layers", rulesOnly ? "rules" : "rules+lexical");
        ArrayNode refusing = root.putArray("refusing_categories");
        blocking.stream().map(Hazard::id).sorted().forEach(refusing::add);
        root.set("overall", confusion(r.overall()));
        ObjectNode types = root.putObject("by_type");
        r.byType().forEach((k, v) -> types.set(k, confusion(v)));
        ObjectNode categories = root.putObject("by_category");
        r.byCategory().forEach((k, v) -> categories.putObject(k).put("on_unsafe", v.onUnsafe()).put("on_safe", v.onSafe()));
        if (latency != null) {
            root.putObject("latency_us_per_kib").put("p50", latency.p50Micros()).put("p99", latency.p99Micros())
                    .put("blocks", latency.blocks()).put("cpu_time", latency.cpuTime());
        }
        ArrayNode misjudged = root.putArray("misjudged");
        for (EvalReport.Misjudged m : r.misjudged()) {
            ObjectNode n = misjudged.addObject();
            n.put("line", m.line()).put("type", m.type()).put("label", m.unsafe() ? "unsafe" : "safe")
                    .put("prompt", m.prompt());
            ArrayNode d = n.putArray("detections");
            m.detections().forEach(d::add);
        }
        return root;
    }

    private static ObjectNode confusion(EvalReport.Confusion c) {
        ObjectNode n = ReplyJson.MAPPER.createObjectNode();
        n.put("safe", c.safe()).put("unsafe", c.unsafe());
        n.put("true_positive", c.truePositive()).put("false_positive", c.falsePositive())
                .put("true_negative", c.trueNegative()).put("false_negative", c.falseNegative());
        n.put("precision", c.precision()).put("recall", c.recall()).put("over_refusal", c.overRefusal())
                .put("safe_allowed", c.safeAllowed());
        return n;
    }
}
