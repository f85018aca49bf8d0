package dev.ambit.cli.command;

import dev.ambit.cli.CliContext;
import dev.ambit.engine.Assistant;
import dev.ambit.engine.AssistantConfig;
import dev.ambit.engine.InvalidInputException;
import dev.ambit.engine.catalog.Bytes;
import dev.ambit.engine.catalog.CatalogEntry;
import dev.ambit.engine.catalog.ModelResolver;
import dev.ambit.engine.catalog.NoModelInstalledException;
import dev.ambit.engine.inference.KvCache;
import dev.ambit.engine.inference.ModelSettings;
import dev.ambit.engine.policy.EffectivePolicy;
import dev.ambit.engine.inference.NativeLibrary;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Optional;
import picocli.CommandLine.Option;

/** Which model to run and how to load it; shared by every command that generates. */
public final class ModelOptions {
    static final String GPU_LAYERS_ENV = "AMBIT_GPU_LAYERS";

    @Option(names = {"-m", "--model"}, paramLabel = "PATH",
            description = "GGUF model file or installed model name (default: $AMBIT_MODEL, else the default "
                    + "installed model; see: ambit models list).")
    Path model;

    @Option(names = "--ctx-size", paramLabel = "N", defaultValue = "0",
            description = "Context size in tokens (default: 0 = min(4096, the model's trained context)).")
    int contextSize;

    @Option(names = "--threads", paramLabel = "N", defaultValue = "0",
            description = "CPU threads for generation (default: 0 = physical cores).")
    int threads;

    @Option(names = "--gpu-layers", paramLabel = "N",
            description = "Layers to offload to a GPU; needs a GPU build of the native library "
                    + "(default: $AMBIT_GPU_LAYERS, else 0).")
    Integer gpuLayers;

    @Option(names = "--kv-cache", paramLabel = "TYPE", defaultValue = "f16",
            description = "How the attention cache is stored: f16, or q8_0 for half the memory at a very small "
                    + "cost in fidelity (turns on flash attention) (default: ${DEFAULT-VALUE}).")
    String kvCache;

    @Option(names = "--flash-attn", negatable = true, fallbackValue = "true",
            description = "Fused attention: a much smaller compute buffer (default: off; always on with --kv-cache q8_0).")
    boolean flashAttention = ModelSettings.DEFAULT_FLASH_ATTENTION;

    /** Off for protocols that own standard input (headless), where a yes/no question would eat an event. */
    private boolean offerDownload = true;

    void disableDownloadOffer() {
        offerDownload = false;
    }

    ModelSettings settings(CliContext context) {
        Path path = resolve(context);
        try {
            KvCache cache = KvCache.byName(kvCache).orElseThrow(() -> new IllegalArgumentException(
                    "--kv-cache must be one of " + KvCache.names() + ", got '" + kvCache + "'"));
            return new ModelSettings(path, contextSize, threads, gpuLayers(context), context.verbose(), cache,
                    flashAttention);
        } catch (IllegalArgumentException e) {
            throw new InvalidInputException(e.getMessage());
        }
    }

    /**
     * Loads the model and opens the assistant, held to the default bounds: the jurisdiction from
     * {@code AMBIT_JURISDICTION} (else the default) and the installed organisation policy (fails closed).
     */
    Assistant openAssistant(CliContext context) {
        return openAssistant(context, new PolicyOptions().effective(context));
    }

    /** Loads the model (once per process) and opens the assistant around it, held to {@code policy}. */
    Assistant openAssistant(CliContext context, EffectivePolicy policy) {
        return Assistant.open(new AssistantConfig(context.home(), settings(context), policy));
    }

    /** As {@link #openAssistant(CliContext, EffectivePolicy)}, with the guard model when one was named. */
    Assistant openAssistant(CliContext context, EffectivePolicy policy, GuardModelOptions guard) {
        ModelSettings chat = settings(context);
        return Assistant.open(new AssistantConfig(context.home(), chat, policy).withGuardModel(guard.settings(context, chat)));
    }

    /** As above, with the extractor model when one was named: every learner of the assistant consults it. */
    Assistant openAssistant(CliContext context, EffectivePolicy policy, GuardModelOptions guard,
            ExtractorModelOptions extractor) {
        ModelSettings chat = settings(context);
        return Assistant.open(new AssistantConfig(context.home(), chat, policy).withGuardModel(guard.settings(context, chat))
                .withExtractorModel(extractor.settings(context, Optional.of(chat))));
    }

    /**
     * The model to run. With nothing installed, a person at a terminal is offered the suggested model; a script
     * gets the exact command in the error (exit 4).
     */
    private Path resolve(CliContext context) {
        ModelResolver resolver = new ModelResolver(context.home(), context.env());
        try {
            return resolver.resolve(Optional.ofNullable(model));
        } catch (NoModelInstalledException e) {
            if (!offerDownload || !context.interactive() || e.suggestion().isEmpty() || !offer(context, e)) {
                throw e;
            }
            ModelsPullCommand.pull(context, e.suggestion().get(), false, false);
            return resolver.resolve(Optional.empty());
        }
    }

    private static boolean offer(CliContext context, NoModelInstalledException e) {
        CatalogEntry s = e.suggestion().get();
        context.err().println("ambit: " + e.getMessage());
        context.err().println("ambit: " + s.name() + ": " + s.description());
        context.err().print("Download " + s.name() + " now (" + Bytes.human(s.sizeBytes().orElse(0)) + ")? [Y/n] ");
        context.err().flush();
        try {
            String answer = context.in().readLine();
            return answer != null && (answer.isBlank() || answer.strip().toLowerCase(Locale.ROOT).startsWith("y"));
        } catch (IOException io) {
            return false;
        }
    }

    /**
     * Layers to offload: the flag, else {@code AMBIT_GPU_LAYERS}, else 0. A request the native library cannot
     * honour becomes one clear line and a CPU run, instead of llama.cpp's own warnings.
     */
    int gpuLayers(CliContext context) {
        int layers = gpuLayers != null ? gpuLayers : fromEnvironment(context);
        if (layers > 0 && !NativeLibrary.gpuOffloadPossible(context.home().nativeDir())) {
            context.err().println("ambit: --gpu-layers " + layers + " ignored: the llama.cpp library in use is"
                    + " CPU-only; running on the CPU (to use a GPU, build one with native/build.sh --cuda, or point"
                    + " -Dde.kherud.llama.lib.path at a GPU build via AMBIT_JAVA_OPTS; see the README, \"GPU\")");
            context.err().flush();
            return 0;
        }
        return layers;
    }

    private static int fromEnvironment(CliContext context) {
        String value = context.env().get(GPU_LAYERS_ENV);
        if (value == null || value.isBlank()) {
            return 0;
        }
        try {
            int layers = Integer.parseInt(value.strip());
            if (layers >= 0) {
                return layers;
            }
        } catch (NumberFormatException e) {
            // Reported below with the rule.
        }
        throw new InvalidInputException(GPU_LAYERS_ENV + " must be a whole number of layers >= 0, got '" + value + "'");
    }
}
