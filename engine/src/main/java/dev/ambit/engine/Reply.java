package dev.ambit.engine;

import dev.ambit.engine.inference.Generation;
import dev.ambit.engine.policy.Verdict;
import dev.ambit.engine.prefs.AppliedPreference;
import java.util.List;
import java.util.Objects;

/**
 * One answered turn.
 *
 * @param text what the user sees (the model's reply, or the bound's message when a bound stopped it)
 * @param verdict the bounds' decision on the turn
 * @param preferencesApplied the profile items that shaped the prompt
 * @param model file name of the model that answered
 * @param generation timing and token counts; null when no generation ran (refused input)
 * @param profile "none" when no personal store was used, otherwise "active", "paused" or "incognito"
 */
public record Reply(
        String text,
        Verdict verdict,
        List<AppliedPreference> preferencesApplied,
        String model,
        Generation generation,
        String profile) {
    public Reply {
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(verdict, "verdict");
        Objects.requireNonNull(model, "model");
        Objects.requireNonNull(profile, "profile");
        preferencesApplied = List.copyOf(preferencesApplied);
    }
}
