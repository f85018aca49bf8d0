package dev.ambit.engine.guard.lexical;

import dev.ambit.engine.policy.Hazard;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * The hazard an evaluation set's unsafe {@code type} stands for, so labelled sets written for evaluation can
 * also train the lexical model's hazard table. Types that name a disguise rather than a harm (a jailbreak frame,
 * an obfuscation) have none: such prompts train refuse-or-allow only.
 */
public final class TrainingLabels {
    private static final Map<String, Hazard> HAZARDS = Map.ofEntries(
            Map.entry("violence", Hazard.VIOLENT_CRIMES),
            Map.entry("harassment", Hazard.VIOLENT_CRIMES),
            Map.entry("weapons", Hazard.VIOLENT_CRIMES),
            Map.entry("terrorism", Hazard.INDISCRIMINATE_WEAPONS),
            Map.entry("drugs", Hazard.NON_VIOLENT_CRIMES),
            Map.entry("fraud", Hazard.NON_VIOLENT_CRIMES),
            Map.entry("theft", Hazard.NON_VIOLENT_CRIMES),
            Map.entry("forgery", Hazard.NON_VIOLENT_CRIMES),
            Map.entry("crime", Hazard.NON_VIOLENT_CRIMES),
            Map.entry("trafficking", Hazard.NON_VIOLENT_CRIMES),
            Map.entry("sexual", Hazard.SEX_CRIMES),
            Map.entry("sexual_violence", Hazard.SEX_CRIMES),
            Map.entry("hacking", Hazard.CODE_ABUSE),
            Map.entry("stalking", Hazard.PRIVACY),
            Map.entry("privacy", Hazard.PRIVACY),
            Map.entry("hate", Hazard.HATE),
            Map.entry("self_harm", Hazard.SUICIDE_SELF_HARM),
            Map.entry("child_exploitation", Hazard.CHILD_SEXUAL_EXPLOITATION));

    private TrainingLabels() {}

    /** The hazard of an unsafe prompt of {@code type}; empty for a disguise type or one not listed. */
    public static Optional<Hazard> hazardOf(String type) {
        return Optional.ofNullable(HAZARDS.get(type.strip().toLowerCase(Locale.ROOT)));
    }
}
