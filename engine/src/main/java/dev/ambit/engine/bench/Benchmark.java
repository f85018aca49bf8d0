package dev.ambit.engine.bench;

import dev.ambit.engine.Conversation;
import dev.ambit.engine.Reply;
import dev.ambit.engine.TurnOptions;
import dev.ambit.engine.inference.LocalModel;
import dev.ambit.engine.inference.Sampling;
import dev.ambit.engine.inference.TokenSink;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.function.IntConsumer;
import java.util.function.Supplier;

/**
 * Measures the raw binding and the full ambit turn on the same prompts, in one process, interleaved.
 *
 * <p>Both variants get exactly the same rendered prompt and seed, prompt caching is off so each run pays for its
 * whole prompt, and every repetition uses a different prompt. Times are taken outside the code under test: from
 * the call to the first piece reaching the caller, and between the first and last piece, so the ambit variant
 * includes its guards, prompt assembly, store and audit work.
 */
public final class Benchmark {
    private static final int MAX_WARMUPS = 1000;
    private static final String[] WORDS = {
        "the", "little", "dog", "saw", "a", "big", "red", "ball", "in", "garden", "and", "ran", "to", "his", "friend",
        "cat", "who", "liked", "to", "play", "under", "tree", "with", "happy", "bird", "sun", "was", "warm", "they",
        "found", "box", "of", "toys", "near", "river", "mom", "said", "time", "for", "lunch", "bread", "milk"
    };

    private final LocalModel model;
    private final Supplier<Conversation> conversations;

    public Benchmark(LocalModel model, Supplier<Conversation> conversations) {
        this.model = model;
        this.conversations = conversations;
    }

    /**
     * Runs unmeasured pairs until {@code settings.warmups()} of them and {@code settings.warmupMillis()} have
     * passed, then {@code settings.reps()} measured pairs, alternating
     * which variant goes first.
     *
     * @param progress receives the number of finished measured pairs
     */
    public BenchReport run(BenchSettings settings, Map<String, String> facts, IntConsumer progress) {
        model.setPromptCaching(false);
        try {
            List<Run> raw = new ArrayList<>();
            List<Run> ambit = new ArrayList<>();
            Random random = new Random(settings.seed());
            long warmStart = System.nanoTime();
            int warmups = 0;
            while (warmups < MAX_WARMUPS && (warmups < settings.warmups()
                    || (System.nanoTime() - warmStart) / 1_000_000 < settings.warmupMillis())) {
                String warm = text(random, settings.promptTokens());
                runRaw(warm, settings);
                runAmbit(warm, settings);
                warmups++;
            }
            long warmMillis = (System.nanoTime() - warmStart) / 1_000_000;
            for (int i = 0; i < settings.reps(); i++) {
                String userText = text(random, settings.promptTokens());
                if (i % 2 == 0) {
                    raw.add(runRaw(userText, settings));
                    ambit.add(runAmbit(userText, settings));
                } else {
                    ambit.add(runAmbit(userText, settings));
                    raw.add(runRaw(userText, settings));
                }
                progress.accept(i + 1);
            }
            VariantFigures r = figures(raw);
            VariantFigures a = figures(ambit);
            Map<String, String> all = new LinkedHashMap<>(facts);
            all.put("prompt_tokens_requested", Integer.toString(settings.promptTokens()));
            all.put("gen_tokens_requested", Integer.toString(settings.genTokens()));
            all.put("reps", Integer.toString(settings.reps()));
            all.put("warmups", Integer.toString(warmups));
            all.put("warmup_ms", Long.toString(warmMillis));
            return new BenchReport(r, a, a.genTps().median() / r.genTps().median(),
                    a.firstTokenMs().median() - r.firstTokenMs().median(), all);
        } finally {
            model.setPromptCaching(true);
        }
    }

    private Run runRaw(String userText, BenchSettings settings) {
        String prompt = conversations.get().renderedPrompt(userText);
        int promptTokens = model.countTokens(prompt) + 1;
        Clock clock = new Clock();
        int tokens = model.generate(prompt, sampling(settings), clock).tokens();
        return clock.finish(promptTokens, tokens);
    }

    private Run runAmbit(String userText, BenchSettings settings) {
        Conversation conversation = conversations.get();
        int promptTokens = model.countTokens(conversation.renderedPrompt(userText)) + 1;
        Clock clock = new Clock();
        Reply reply = conversation.send(userText, TurnOptions.of(sampling(settings)), clock);
        return clock.finish(promptTokens, reply.generation() == null ? 0 : reply.generation().tokens());
    }

    private static Sampling sampling(BenchSettings settings) {
        return new Sampling(settings.seed(), 0.8f, settings.genTokens());
    }

    /** Benign, varied text of about {@code tokens} tokens, so no two runs share a prompt. */
    private String text(Random random, int tokens) {
        StringBuilder sb = new StringBuilder();
        int words = 0;
        while (true) {
            sb.append(words == 0 ? "" : " ").append(WORDS[random.nextInt(WORDS.length)]);
            words++;
            if (words % 8 == 0 && model.countTokens(sb.toString()) >= tokens) {
                return sb.append('.').toString();
            }
        }
    }

    private static VariantFigures figures(List<Run> runs) {
        return new VariantFigures(
                Summary.of(runs.stream().mapToDouble(Run::promptTps).toArray()),
                Summary.of(runs.stream().mapToDouble(Run::genTps).toArray()),
                Summary.of(runs.stream().mapToDouble(Run::firstTokenMs).toArray()),
                Summary.of(runs.stream().mapToDouble(Run::tokens).toArray()));
    }

    private record Run(double promptTps, double genTps, double firstTokenMs, int tokens) {}

    /**
     * A sink that timestamps the first and last piece as the caller sees them. The first piece holds the first
     * token; the output guard may release later tokens in small groups, so the token count comes from the
     * generation, not from the number of pieces.
     */
    private static final class Clock implements TokenSink {
        private final long start = System.nanoTime();
        private long first = -1;
        private long last = -1;

        @Override
        public boolean accept(String piece) {
            long now = System.nanoTime();
            if (first < 0) {
                first = now;
            }
            last = now;
            return true;
        }

        Run finish(int promptTokens, int tokens) {
            if (first < 0) {
                return new Run(0, 0, (System.nanoTime() - start) / 1e6, 0);
            }
            double ttft = (first - start) / 1e6;
            double decode = (last - first) / 1e9;
            double gen = tokens > 1 && decode > 0 ? (tokens - 1) / decode : 0;
            return new Run(promptTokens / (ttft / 1000), gen, ttft, tokens);
        }
    }
}
