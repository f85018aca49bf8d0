package dev.ambit.engine;

import dev.ambit.engine.inference.ModelSettings;
import dev.ambit.engine.policy.BundledPolicies;
import dev.ambit.engine.policy.EffectivePolicy;
import dev.ambit.engine.policy.PolicyLoader;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * What an {@link Assistant} needs to start.
 *
 * @param home the data directory
 * @param model which model to load and how
 * @param policy the bounds of tiers 1 and 2 every turn is held to
 * @param guardModel an optional model that classifies each input on top of the deterministic guard (it can only
 *     add refusals); empty runs the deterministic guard alone
 * @param extractorModel an optional model that reads statements for preferences the rules miss (it can only
 *     propose; the bounds decide); empty learns from the rules alone
 */
public record AssistantConfig(AmbitHome home, ModelSettings model, EffectivePolicy policy,
        Optional<ModelSettings> guardModel, Optional<ModelSettings> extractorModel) {
    /** The default jurisdiction when none was chosen. */
    public static final String DEFAULT_JURISDICTION = "eu";

    public AssistantConfig {
        Objects.requireNonNull(home, "home");
        Objects.requireNonNull(model, "model");
        Objects.requireNonNull(policy, "policy");
        Objects.requireNonNull(guardModel, "guardModel");
        Objects.requireNonNull(extractorModel, "extractorModel");
    }

    /** Without an extractor model: statements are read by the rules alone. */
    public AssistantConfig(AmbitHome home, ModelSettings model, EffectivePolicy policy, Optional<ModelSettings> guardModel) {
        this(home, model, policy, guardModel, Optional.empty());
    }

    /** Without a guard model: the deterministic guard alone. */
    public AssistantConfig(AmbitHome home, ModelSettings model, EffectivePolicy policy) {
        this(home, model, policy, Optional.empty());
    }

    /** The same configuration with {@code guard} classifying inputs on top of the deterministic guard. */
    public AssistantConfig withGuardModel(Optional<ModelSettings> guard) {
        return new AssistantConfig(home, model, policy, guard, extractorModel);
    }

    /** The same configuration with {@code extractor} proposing preferences the rules miss in statements. */
    public AssistantConfig withExtractorModel(Optional<ModelSettings> extractor) {
        return new AssistantConfig(home, model, policy, guardModel, extractor);
    }

    /** The default jurisdiction's bounds plus the installed organisation policy, if any (fails closed). */
    public AssistantConfig(AmbitHome home, ModelSettings model) {
        this(home, model, PolicyLoader.load(BundledPolicies.load(), DEFAULT_JURISDICTION, PolicyLoader.systemDir(), List.of()));
    }
}
