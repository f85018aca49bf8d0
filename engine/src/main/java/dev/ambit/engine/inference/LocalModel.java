package dev.ambit.engine.inference;

import de.kherud.llama.InferenceParameters;
import de.kherud.llama.LlamaIterator;
import de.kherud.llama.LlamaModel;
import de.kherud.llama.LlamaOutput;
import de.kherud.llama.ModelParameters;
import de.kherud.llama.Pair;
import dev.ambit.engine.AmbitException;
import dev.ambit.engine.InvalidInputException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Supplier;

/**
 * A GGUF model loaded through java-llama.cpp: the only place ambit touches the binding.
 *
 * <p>Contract: {@link #load} validates the file before any native call, so a wrong file is a {@link
 * ModelException} naming the path. One generation runs at a time (calls are serialised). The binding frees
 * little on {@link #close()} (measured: ~230 MB per load/close cycle at context 4096), so callers should load a
 * model once per process and keep it.
 */
public final class LocalModel implements AutoCloseable {
    private final LlamaModel model;
    private final ModelInfo info;
    private boolean closed;

    private volatile boolean promptCaching = true;

    private LocalModel(LlamaModel model, ModelInfo info) {
        this.model = model;
        this.info = info;
    }

    /**
     * Loads a model. The native model is constructed on a short-lived thread: llama.cpp's warm-up leaves an
     * OpenMP worker pool bound to the constructing thread, and if that is a long-lived thread its pool competes
     * with the decode thread's pool (measured: generation at ~0.6x native speed instead of ~0.95x).
     *
     * @param nativeDir where the native library may be unpacked (under the data directory)
     */
    public static LocalModel load(ModelSettings settings, Path nativeDir) {
        GgufMetadata meta = GgufMetadata.read(settings.path());
        if (!Files.isReadable(settings.path())) {
            throw new ModelException("model file is not readable: " + settings.path());
        }
        LoadPlan plan = LoadPlan.of(settings, meta);
        NativeLibrary.prepare(nativeDir);
        ModelParameters params = plan.parameters();
        long start = System.nanoTime();
        LlamaModel loaded = constructOffThread(() -> new LlamaModel(params), settings.path());
        double millis = (System.nanoTime() - start) / 1e6;
        ModelInfo info = new ModelInfo(settings.path(), meta.architecture(), plan.context(), plan.trainedContext(),
                meta.chatTemplate().isPresent(), settings.threads(), settings.gpuLayers(), millis);
        return new LocalModel(loaded, info);
    }

    /** The thread that constructs the model, and the OpenMP pool bound to it, ends right after. */
    static <T> T constructOffThread(Supplier<T> factory, Path path) {
        AtomicReference<T> result = new AtomicReference<>();
        AtomicReference<Throwable> failure = new AtomicReference<>();
        Thread loader = new Thread(() -> {
            try {
                result.set(factory.get());
            } catch (Throwable t) {
                failure.set(t);
            }
        }, "ambit-model-loader");
        loader.setDaemon(true);
        loader.start();
        try {
            loader.join();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new ModelException("interrupted while loading model " + path, e);
        }
        if (failure.get() != null) {
            throw new ModelException("llama.cpp could not load the model " + path + ": " + failure.get().getMessage(),
                    failure.get());
        }
        return result.get();
    }

    public ModelInfo info() {
        return info;
    }

    /** Renders a conversation with the model's own chat template, or a plain transcript when it has none. */
    public synchronized String render(List<ChatMessage> messages) {
        ensureOpen();
        if (!info.embeddedTemplate()) {
            return PlainChatTemplate.render(messages);
        }
        String system = null;
        List<Pair<String, String>> turns = new ArrayList<>();
        for (ChatMessage m : messages) {
            if (m.role() == ChatMessage.Role.SYSTEM) {
                system = system == null ? m.text() : system + "\n\n" + m.text();
            } else {
                turns.add(new Pair<>(m.role().wireName(), m.text()));
            }
        }
        try {
            return model.applyTemplate(new InferenceParameters("").setMessages(system, turns));
        } catch (RuntimeException e) {
            // The binding's LlamaException is not public; anything it throws here is a template failure.
            throw new ModelException("the model's chat template failed: " + e.getMessage(), e);
        }
    }

    /**
     * Whether llama.cpp may reuse the KV cache of a previous prompt's common prefix (on by default). Benchmarks
     * turn it off so every run pays for its whole prompt.
     */
    public void setPromptCaching(boolean enabled) {
        this.promptCaching = enabled;
    }

    /** Stop strings that go with {@link #render}. */
    public List<String> stopStrings() {
        return info.embeddedTemplate() ? List.of() : PlainChatTemplate.STOP_STRINGS;
    }

    /** Tokens the model sees for {@code text}, without the BOS token. */
    public synchronized int countTokens(String text) {
        ensureOpen();
        return model.encode(text).length;
    }

    /**
     * Generates a reply to an already rendered prompt, streaming pieces to {@code sink}.
     *
     * @throws InvalidInputException when the prompt does not fit in the context
     */
    public synchronized Generation generate(String prompt, Sampling sampling, TokenSink sink) {
        ensureOpen();
        int promptTokens = model.encode(prompt).length + 1;
        int room = info.contextSize() - promptTokens;
        if (room < 1) {
            throw new InvalidInputException("the prompt is " + promptTokens + " tokens but the model's context holds "
                    + info.contextSize() + "; shorten the input or raise --ctx-size");
        }
        int budget = Math.min(sampling.maxTokens(), room);
        InferenceParameters params = new InferenceParameters(prompt)
                .setSeed((int) sampling.seed())
                .setTemperature(sampling.temperature())
                .setNPredict(budget)
                .setCachePrompt(promptCaching);
        if (!stopStrings().isEmpty()) {
            // The server stops at the stop string by itself, so a normal end never needs a cancel: cancelling a
            // running request in java-llama.cpp 4.2.0 was seen to stall later requests under load.
            params.setStopStrings(stopStrings().toArray(String[]::new));
        }
        return stream(params, promptTokens, budget, sink);
    }

    /**
     * Asks the model to pick exactly one of {@code labels} as the continuation of an already rendered prompt: a
     * GBNF grammar allows only the labels, sampling is greedy (temperature 0) and the budget is the longest
     * label's length in tokens. Serialised with {@link #generate} like every other call on the model.
     *
     * @param labels distinct, non-blank answers; the first label that the completion equals (after stripping
     *     surrounding whitespace) is returned
     * @throws InvalidInputException when the prompt leaves no room for a label in the context
     * @throws ModelException when llama.cpp fails or answers none of the labels
     */
    public synchronized String classify(String prompt, List<String> labels, long seed) {
        ensureOpen();
        java.util.Objects.requireNonNull(prompt, "prompt");
        LabelGrammar grammar = new LabelGrammar(labels);
        int budget = 2;
        for (String label : labels) {
            budget = Math.max(budget, model.encode(label).length + 4);
        }
        String answer;
        try {
            answer = generateConstrained(prompt, grammar.gbnf(), budget, seed);
        } catch (InvalidInputException e) {
            throw new InvalidInputException("the classification prompt does not fit: " + e.getMessage());
        }
        return grammar.match(answer).orElseThrow(() -> new ModelException(
                "the model answered '" + answer + "', which is none of the " + labels.size() + " labels"));
    }

    /**
     * Generates the continuation of an already rendered prompt under a GBNF grammar, greedily (temperature 0),
     * and returns its text stripped of surrounding whitespace. The grammar, not this method, decides what the text
     * can be; callers still parse it, because a budget that runs out can cut a sentence short.
     *
     * @param gbnf a llama.cpp GBNF grammar with a {@code root} rule
     * @param maxTokens the most tokens to generate, at least 1
     * @throws InvalidInputException when the prompt leaves no room for {@code maxTokens} in the context
     * @throws ModelException when llama.cpp fails (e.g. on a grammar it cannot parse)
     */
    public synchronized String generateConstrained(String prompt, String gbnf, int maxTokens, long seed) {
        ensureOpen();
        java.util.Objects.requireNonNull(prompt, "prompt");
        if (gbnf == null || !gbnf.contains("root")) {
            throw new IllegalArgumentException("gbnf must be a grammar with a root rule, got " + gbnf);
        }
        if (maxTokens < 1) {
            throw new IllegalArgumentException("maxTokens must be >= 1, got " + maxTokens);
        }
        if (seed < 0 || seed > Integer.MAX_VALUE) {
            throw new IllegalArgumentException("seed must be within [0, " + Integer.MAX_VALUE + "], got " + seed);
        }
        int promptTokens = model.encode(prompt).length + 1;
        if (promptTokens + maxTokens > info.contextSize()) {
            throw new InvalidInputException("the constrained prompt is " + promptTokens + " tokens but the model's"
                    + " context holds " + info.contextSize() + " (with " + maxTokens + " for the answer)");
        }
        InferenceParameters params = new InferenceParameters(prompt)
                .setSeed((int) seed)
                .setTemperature(0f)
                .setNPredict(maxTokens)
                .setCachePrompt(promptCaching)
                .setGrammar(gbnf);
        try {
            return model.complete(params).strip();
        } catch (RuntimeException e) {
            throw new ModelException("constrained generation failed: " + e.getMessage(), e);
        }
    }

    private Generation stream(InferenceParameters params, int promptTokens, int budget, TokenSink sink) {
        StopMatcher stops = new StopMatcher(stopStrings());
        StringBuilder text = new StringBuilder();
        int tokens = 0;
        double firstMillis = -1;
        Generation.Stop stop = Generation.Stop.END;
        long start = System.nanoTime();
        try {
            LlamaIterator it = model.generate(params).iterator();
            boolean finished = true;
            while (it.hasNext()) {
                LlamaOutput out = it.next();
                // Every streamed result is one token (its text may be empty, e.g. a partial character),
                // except the final result that closes a stream which ran to its end. The server holds back text
                // that may start a stop string and sends it with the next token, so around such text the count
                // is one low per held token.
                tokens++;
                if (out.text.isEmpty() || stops.stopped()) {
                    // After a stop string the rest is drained, not cancelled: the server ends the request itself.
                    continue;
                }
                String released = stops.accept(out.text);
                if (!released.isEmpty()) {
                    if (firstMillis < 0) {
                        firstMillis = (System.nanoTime() - start) / 1e6;
                    }
                    text.append(released);
                    if (!sink.accept(released)) {
                        it.cancel();
                        stop = Generation.Stop.CANCELLED;
                        finished = false;
                        break;
                    }
                }
            }
            if (finished && tokens > 0) {
                tokens--;
            }
            String rest = stop == Generation.Stop.CANCELLED ? "" : stops.flush();
            if (!rest.isEmpty()) {
                text.append(rest);
                sink.accept(rest);
            }
        } catch (AmbitException e) {
            throw e;
        } catch (RuntimeException e) {
            throw new ModelException("generation failed: " + e.getMessage(), e);
        }
        double total = (System.nanoTime() - start) / 1e6;
        if (stop == Generation.Stop.END && !stops.stopped() && tokens >= budget) {
            stop = Generation.Stop.MAX_TOKENS;
        }
        return new Generation(text.toString(), tokens, promptTokens, Math.max(firstMillis, 0), total, stop);
    }

    private void ensureOpen() {
        if (closed) {
            throw new IllegalStateException("model " + info.name() + " is closed");
        }
    }

    @Override
    public synchronized void close() {
        if (!closed) {
            closed = true;
            model.close();
        }
    }
}
