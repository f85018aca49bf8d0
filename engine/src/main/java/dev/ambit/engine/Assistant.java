package dev.ambit.engine;

import dev.ambit.engine.bench.BenchReport;
import dev.ambit.engine.bench.BenchSettings;
import dev.ambit.engine.bench.Benchmark;
import dev.ambit.engine.guard.DeterministicGuard;
import dev.ambit.engine.guard.lexical.LexicalClassifier;
import dev.ambit.engine.guard.model.LayeredDetector;
import dev.ambit.engine.guard.model.ModelHazardClassifier;
import dev.ambit.engine.inference.LocalModel;
import dev.ambit.engine.inference.ModelInfo;
import dev.ambit.engine.inference.ModelPool;
import dev.ambit.engine.policy.Guard;
import dev.ambit.engine.policy.HazardDetector;
import dev.ambit.engine.profile.Profile;
import dev.ambit.engine.prompt.PromptAssembler;
import dev.ambit.engine.prefs.InMemoryProfileRepository;
import dev.ambit.engine.prefs.ModelStatementExtractor;
import dev.ambit.engine.prefs.PolicyBounds;
import dev.ambit.engine.prefs.PreferenceBounds;
import dev.ambit.engine.prefs.PreferenceLearner;
import dev.ambit.engine.profile.StoreProfileRepository;
import java.time.Clock;
import java.util.Map;
import java.util.Optional;
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
    /** The optional model-based extractor every learner of this assistant consults; null when none. */
    private final ModelStatementExtractor extractor;
    private Profile profile;
    private PreferenceLearner learner;

    private Assistant(AssistantConfig config, LocalModel model, HazardDetector detector,
            ModelStatementExtractor extractor) {
        this.config = config;
        this.model = model;
        this.extractor = extractor;
        this.guard = new Guard(config.policy(), detector);
    }

    /**
     * Loads the model (and the guard model, when one is configured) once per process. With a guard model, inputs
     * are judged by the deterministic guard and the model's classification together; the model can only add
     * refusals. Outputs stay with the deterministic guard (a classification per streamed piece costs too much).
     */
    public static Assistant open(AssistantConfig config) {
        config.home().ensureExists();
        LexicalClassifier.preload();
        LocalModel model = ModelPool.acquire(config.model(), config.home().nativeDir());
        HazardDetector detector = new DeterministicGuard();
        if (config.guardModel().isPresent()) {
            LocalModel guardModel = ModelPool.acquire(config.guardModel().get(), config.home().nativeDir());
            detector = new LayeredDetector(detector, new ModelHazardClassifier(guardModel));
        }
        // Loaded with the chat model, not at the first statement, so a bad extractor model fails before the chat starts.
        ModelStatementExtractor extractor = config.extractorModel()
                .map(s -> new ModelStatementExtractor(ModelPool.acquire(s, config.home().nativeDir()))).orElse(null);
        return new Assistant(config, model, detector, extractor);
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
        this.learner = null;
        // Retention is enforced when the store is opened: whatever the bounds no longer allow to be kept goes.
        guard.policy().retention().days().ifPresent(days -> unlocked.purgeOlderThan(java.time.Duration.ofDays(days)));
    }

    /**
     * Makes every turn process its whole prompt instead of reusing llama.cpp's cached prefix. A cached prefix is
     * evaluated in a different batch shape, which can shift the logits enough to change a sampled token, so only
     * without the cache does the same seed and input give the same text within one process as well as across
     * processes. One-shot commands ({@code ask}) lose nothing by it; conversations keep the cache for speed.
     */
    public void reproducible() {
        model.setPromptCaching(false);
    }

    /** Measures the raw binding against full ambit turns on this assistant's model. */
    public BenchReport benchmark(BenchSettings settings, Map<String, String> facts, IntConsumer progress) {
        return new Benchmark(model, this::newConversation).run(settings, facts, progress);
    }

    /** The user's store, when one was unlocked for this session. */
    public Optional<Profile> profile() {
        return Optional.ofNullable(profile);
    }

    /** The bounds of tiers 1 and 2 as tier-3 learning sees them. */
    public PreferenceBounds preferenceBounds() {
        return PolicyBounds.of(guard.policy());
    }

    /**
     * The session's learner over the unlocked store: what it learns is written to the store and survives the
     * process; it learns nothing while the store's {@code learning_paused} setting is on. Empty without a store.
     */
    public Optional<PreferenceLearner> learner() {
        if (profile == null) {
            return Optional.empty();
        }
        if (learner == null) {
            learner = profile.learner(guard.policy());
            learner.useModelExtractor(extractor);
        }
        return Optional.of(learner);
    }

    /**
     * A learner that changes nothing stored: over a copy of the stored profile when a store is unlocked (so an
     * incognito chat is still answered with it), else over an empty profile.
     */
    public PreferenceLearner detachedLearner() {
        InMemoryProfileRepository copy = new InMemoryProfileRepository();
        if (profile != null) {
            new StoreProfileRepository(profile).load().forEach(copy::save);
        }
        PreferenceLearner detached = new PreferenceLearner(dev.ambit.engine.prefs.Profile.load(copy), preferenceBounds(),
                Clock.systemUTC());
        detached.useModelExtractor(extractor);
        return detached;
    }

    /** A new conversation with an empty history, personalised by {@link #learner()} when a store is unlocked. */
    public Conversation newConversation() {
        Conversation conversation = new Conversation(model, assembler, guard, profile == null ? "none" : profile.status());
        learner().ifPresent(conversation::personalise);
        if (profile != null) {
            Profile store = profile;
            conversation.onDecision(verdict -> {
                String bounds = verdict.bounds().stream().map(b -> b.id()).collect(java.util.stream.Collectors.joining("/"));
                store.audit("decision." + verdict.action().wireName(),
                        bounds.isEmpty() ? "-" : bounds.substring(0, Math.min(bounds.length(), 128)));
            });
        }
        return conversation;
    }

    /** Closes the store, if any; the pooled model stays loaded for the process (see {@link ModelPool}). */
    @Override
    public void close() {
        if (profile != null) {
            profile.close();
            profile = null;
            learner = null;
        }
    }
}
