package dev.ambit.cli.command;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.ambit.cli.CliContext;
import dev.ambit.cli.ExitCode;
import dev.ambit.cli.json.ReplyJson;
import dev.ambit.engine.Assistant;
import dev.ambit.engine.InvalidInputException;
import dev.ambit.engine.bench.BenchReport;
import dev.ambit.engine.bench.BenchSettings;
import dev.ambit.engine.inference.ModelSettings;
import dev.ambit.engine.bench.MachineFacts;
import dev.ambit.engine.bench.Summary;
import dev.ambit.engine.bench.VariantFigures;
import dev.ambit.engine.inference.ModelInfo;
import dev.ambit.engine.inference.NativeLibrary;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code ambit bench}: the raw binding against full ambit turns, like llama-bench for the whole pipeline. */
@Command(name = "bench", mixinStandardHelpOptions = true, sortOptions = false,
        description = {"Measure generation speed: the raw java-llama.cpp binding against the full ambit turn "
            + "(guards, prompt assembly, store, audit) on the same prompts, interleaved in one process.",
            "Reports medians with min-max; prompt caching is off and every repetition uses a new prompt."})
public final class BenchCommand implements Callable<Integer> {
    private final CliContext context;

    @Mixin
    ModelOptions modelOptions;

    @Option(names = "--prompt-tokens", paramLabel = "N", defaultValue = "64", description = "Tokens in each message (default: ${DEFAULT-VALUE}).")
    int promptTokens;

    @Option(names = "--gen-tokens", paramLabel = "N", defaultValue = "64", description = "Tokens to generate per turn (default: ${DEFAULT-VALUE}).")
    int genTokens;

    @Option(names = "--reps", paramLabel = "N", defaultValue = "10", description = "Measured repetitions per variant (default: ${DEFAULT-VALUE}).")
    int reps;

    @Option(names = "--warmup", paramLabel = "N", defaultValue = "3",
            description = "Unmeasured repetitions per variant first, so the JIT has compiled the guards (default: ${DEFAULT-VALUE}).")
    int warmups;

    @Option(names = "--warmup-time", paramLabel = "SECONDS", defaultValue = "15",
            description = "Keep warming up until this much time has passed too (default: ${DEFAULT-VALUE}; 0 = only --warmup).")
    int warmupSeconds;

    @Option(names = "--seed", paramLabel = "N", defaultValue = "42", description = "Seed for prompts and sampling (default: ${DEFAULT-VALUE}).")
    long seed;

    @Option(names = "--json", description = "Print one JSON object.")
    boolean json;

    BenchCommand(CliContext context) {
        this.context = context;
    }

    @Override
    public Integer call() throws IOException {
        BenchSettings settings;
        try {
            if (warmupSeconds < 0 || warmupSeconds > 600) {
                throw new IllegalArgumentException("--warmup-time must be within [0, 600] seconds, got " + warmupSeconds);
            }
            settings = new BenchSettings(promptTokens, genTokens, reps, warmups, seed, warmupSeconds * 1000L);
        } catch (IllegalArgumentException e) {
            throw new InvalidInputException(e.getMessage());
        }
        Assistant assistant = modelOptions.openAssistant(context);
        Map<String, String> facts = facts(assistant.modelInfo());
        ModelSettings loaded = modelOptions.settings(context);
        facts.put("kv_cache", loaded.kvCache().wireName());
        facts.put("flash_attn", Boolean.toString(loaded.flashAttention()));
        PrintWriter err = context.err();
        BenchReport report = assistant.benchmark(settings, facts, done -> {
            if (context.interactive()) {
                err.print("\rambit bench: " + done + "/" + settings.reps() + " repetitions");
                err.flush();
            }
        });
        if (context.interactive()) {
            err.println();
        }
        if (json) {
            context.out().println(toJson(report));
        } else {
            printTable(report, context.out());
        }
        return ExitCode.OK.code();
    }

    private Map<String, String> facts(ModelInfo info) throws IOException {
        Map<String, String> facts = new java.util.LinkedHashMap<>();
        facts.put("model", info.name());
        facts.put("model_bytes", Long.toString(Files.size(info.path())));
        facts.put("context", Integer.toString(info.contextSize()));
        facts.put("threads", info.threads() == 0 ? "auto" : Integer.toString(info.threads()));
        facts.put("gpu_layers", Integer.toString(info.gpuLayers()));
        facts.putAll(MachineFacts.collect());
        Properties versions = new Properties();
        try (InputStream in = getClass().getResourceAsStream("/dev/ambit/cli/version.properties")) {
            if (in != null) {
                versions.load(in);
            }
        }
        facts.put("ambit_version", versions.getProperty("ambit.version", "unknown"));
        facts.put("java_llama_cpp_version", versions.getProperty("llama.version", "unknown"));
        facts.put("llama_cpp_build", "b4916");
        facts.put("native_library", NativeLibrary.selected(context.home().nativeDir()).description());
        return facts;
    }

    private static ObjectNode toJson(BenchReport report) {
        ObjectNode root = ReplyJson.MAPPER.createObjectNode();
        root.set("raw", variant(report.raw()));
        root.set("ambit", variant(report.ambit()));
        root.put("ratio_gen", round(report.ratioGen(), 4));
        root.put("added_ttft_ms", round(report.addedTtftMs(), 3));
        report.facts().forEach(root::put);
        return root;
    }

    private static ObjectNode variant(VariantFigures v) {
        ObjectNode node = ReplyJson.MAPPER.createObjectNode();
        node.put("prompt_tps", round(v.promptTps().median(), 1));
        node.put("gen_tps", round(v.genTps().median(), 1));
        node.put("first_token_ms", round(v.firstTokenMs().median(), 3));
        node.put("gen_tokens", v.genTokens().median());
        ObjectNode ranges = node.putObject("range");
        ranges.set("prompt_tps", range(v.promptTps()));
        ranges.set("gen_tps", range(v.genTps()));
        ranges.set("first_token_ms", range(v.firstTokenMs()));
        return node;
    }

    private static ObjectNode range(Summary s) {
        return ReplyJson.MAPPER.createObjectNode().put("min", round(s.min(), 3)).put("max", round(s.max(), 3));
    }

    private static void printTable(BenchReport r, PrintWriter out) {
        out.printf(Locale.ROOT, "model %s, threads %s, %s [%s]%n", r.facts().get("model"), r.facts().get("threads"),
                r.facts().get("cpu"), r.facts().get("cpu_features"));
        out.printf(Locale.ROOT, "%-12s %-26s %-26s %-26s%n", "", "prompt tok/s", "gen tok/s", "first token ms");
        row(out, "raw binding", r.raw());
        row(out, "ambit turn", r.ambit());
        out.printf(Locale.ROOT, "ratio_gen %.3f   added_ttft_ms %.2f   (medians of %s reps; min-max in brackets)%n",
                r.ratioGen(), r.addedTtftMs(), r.facts().get("reps"));
    }

    private static void row(PrintWriter out, String name, VariantFigures v) {
        out.printf(Locale.ROOT, "%-12s %-26s %-26s %-26s%n", name, cell(v.promptTps(), 0), cell(v.genTps(), 0), cell(v.firstTokenMs(), 2));
    }

    private static String cell(Summary s, int decimals) {
        String f = "%." + decimals + "f";
        return String.format(Locale.ROOT, f + " [" + f + "-" + f + "]", s.median(), s.min(), s.max());
    }

    private static double round(double v, int decimals) {
        double scale = Math.pow(10, decimals);
        return Math.round(v * scale) / scale;
    }
}
