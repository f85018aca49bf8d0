package dev.ambit.engine;

import dev.ambit.engine.bench.BenchReport;
import dev.ambit.engine.bench.BenchSettings;
import dev.ambit.engine.bench.Benchmark;
import dev.ambit.engine.guard.DeterministicGuard;
import dev.ambit.engine.inference.LocalModel;
import dev.ambit.engine.inference.ModelInfo;
import dev.ambit.engine.inference.ModelPool;
import dev.ambit.engine.policy.Guard;
import dev.ambit.engine.profile.Profile;
import dev.ambit.engine.prompt.PromptAssembler;
import java.util.Map;
import java.util.function.IntConsumer;

/**
 * The facade the CLI talks to: one loaded model plus everything that decides a turn around it.
 *
 * <p>Contract: {@link #open} fails with an {@link AmbitException} whose message a user can act on; a failure
 * while answering one turn leaves the assistant usable for the next. Conversations created here share the
 * model and are not thread-safe themselves.
 */
public final class Assistant implements AutoCloseable {
    private final AssistantConfig config;
    private final LocalModel model;
    private final PromptAssembler assembler = new PromptAssembler();
    private final Guard guard;
    private Profile profile;

    private Assistant(AssistantConfig config, LocalModel model) {
        this.config = config;
        this.model = model;
        this.guard = new Guard(config.policy(), new DeterministicGuard());
    }

    public static Assistant open(AssistantConfig config) {
        config.home().ensureExists();
        LocalModel model = ModelPool.acquire(config.model(), config.home().nativeDir());
        return new Assistant(config, model);
    }

    public ModelInfo modelInfo() {
        return model.info();
    }

    /** The bounds every turn is held to. */
    public Guard guard() {
        return guard;
    }

    public AssistantConfig config() {
        return config;
    }

    /** Hands the unlocked store to the assistant, which closes it on {@link #close}. */
    public void attachProfile(Profile unlocked) {
        this.profile = java.util.Objects.requireNonNull(unlocked, "unlocked");
    }

    /** Measures the raw binding against full ambit turns on this assistant's model. */
    public BenchReport benchmark(BenchSettings settings, Map<String, String> facts, IntConsumer progress) {
        return new Benchmark(model, this::newConversation).run(settings, facts, progress);
    }

    /** The user's store, when one was unlocked for this session. */
    public java.util.Optional<Profile> profile() {
        return java.util.Optional.ofNullable(profile);
    }

    /** A new conversation with an empty history. */
    public Conversation newConversation() {
        return new Conversation(model, assembler, guard, profile == null ? "none" : profile.status());
    }

    /** Closes the store, if any; the pooled model stays loaded for the process (see {@link ModelPool}). */
    @Override
    public void close() {
        if (profile != null) {
            profile.close();
            profile = null;
        }
    }
}
