package dev.ambit.engine.prefs;

import dev.ambit.engine.policy.Dimension;
import dev.ambit.engine.policy.DataCategory;
import dev.ambit.engine.inference.Sampling;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;

/**
 * What the admissible profile does to one turn: instructions for the prompt's tier-3 section, a token budget
 * from verbosity, and the list of preferences applied, reported with the reply. Each item is checked against
 * the bounds again here, so a profile learned under looser bounds never shapes a reply under stricter ones.
 *
 * @param instructions lines for {@code PromptAssembler}'s profile section
 * @param maxTokens the token cap verbosity implies; 0 for none
 * @param applied the preferences that shaped the turn
 */
public record Personalisation(List<String> instructions, int maxTokens, List<AppliedPreference> applied) {
    /** Token caps per verbosity: enough for a few sentences, a few paragraphs, or no cap. */
    static final Map<String, Integer> VERBOSITY_TOKENS = Map.of("short", 48, "medium", 256);

    public Personalisation {
        instructions = List.copyOf(instructions);
        applied = List.copyOf(applied);
        if (maxTokens < 0) {
            throw new IllegalArgumentException("maxTokens must be >= 0 (0 for no cap), got " + maxTokens);
        }
    }

    /** No tier-3 influence (unpersonalised turn, or no profile). */
    public static Personalisation none() {
        return new Personalisation(List.of(), 0, List.of());
    }

    /** The admissible part of {@code profile} under {@code bounds}. */
    public static Personalisation of(Profile profile, PreferenceBounds bounds) {
        return of(profile, bounds, Map.of());
    }

    /**
     * Like {@link #of(Profile, PreferenceBounds)}, with some dimensions overridden, for the two sides of a
     * comparison; overrides pass the same bounds check.
     */
    public static Personalisation of(Profile profile, PreferenceBounds bounds, Map<Dimension, String> overrides) {
        Objects.requireNonNull(profile, "profile");
        Objects.requireNonNull(bounds, "bounds");
        Map<Dimension, String> values = new EnumMap<>(Dimension.class);
        profile.items().stream()
                .filter(i -> i.kind() == ProfileItem.Kind.DIMENSION)
                .forEach(i -> Dimension.byName(i.name()).ifPresent(d -> values.put(d, i.value())));
        values.putAll(overrides);
        List<String> instructions = new ArrayList<>();
        List<AppliedPreference> applied = new ArrayList<>();
        int maxTokens = 0;
        for (Map.Entry<Dimension, String> e : values.entrySet()) {
            Admission a = Admissibility.check(Candidate.of(e.getKey(), e.getValue(), "profile"), bounds);
            if (!a.storable()) {
                continue;
            }
            String instruction = instruction(e.getKey(), a.value());
            if (instruction.isEmpty()) {
                continue;
            }
            instructions.add(instruction);
            applied.add(new AppliedPreference(e.getKey().id(), a.value()));
            if (e.getKey() == Dimension.VERBOSITY) {
                maxTokens = VERBOSITY_TOKENS.getOrDefault(a.value(), 0);
            }
        }
        for (ProfileItem fact : profile.facts().values()) {
            Admission a = Admissibility.checkConsented(
                    Candidate.fact(fact.name(), fact.value(), categoryOf(fact.name()), "profile"), bounds);
            if (a.storable()) {
                instructions.add("Known about the user: " + fact.name().replace('_', ' ') + ": " + a.value() + ".");
                applied.add(new AppliedPreference("fact:" + fact.name(), a.value()));
            }
        }
        return new Personalisation(instructions, maxTokens, applied);
    }

    /** The sampling for the turn: the caller's budget, lowered to the verbosity cap when there is one. */
    public Sampling adjust(Sampling sampling) {
        return maxTokens > 0 && maxTokens < sampling.maxTokens() ? sampling.withMaxTokens(maxTokens) : sampling;
    }

    /**
     * The data category a stored fact's name stands for, so facts are re-checked against the data bounds; null for
     * an ordinary fact.
     */
    static DataCategory categoryOf(String fact) {
        return switch (fact) {
            case "condition", "medication" -> DataCategory.HEALTH;
            case "religion" -> DataCategory.RELIGION;
            case "sexuality" -> DataCategory.SEXUALITY;
            case "politics" -> DataCategory.POLITICS;
            case "ethnicity" -> DataCategory.ETHNICITY;
            case "union" -> DataCategory.UNION_MEMBERSHIP;
            case "biometrics" -> DataCategory.BIOMETRICS;
            case "genetics" -> DataCategory.GENETICS;
            case "email" -> DataCategory.EMAIL;
            case "phone" -> DataCategory.PHONE;
            case "card" -> DataCategory.CARD;
            case "postal_address" -> DataCategory.ADDRESS;
            case "national_id" -> DataCategory.NATIONAL_ID;
            default -> null;
        };
    }

    static String instruction(Dimension d, String v) {
        return switch (d) {
            case VERBOSITY -> switch (v) {
                case "short" -> "Keep answers short: two or three sentences.";
                case "medium" -> "Give answers of moderate length.";
                default -> "Give detailed, thorough answers.";
            };
            case FORMALITY -> "Use a " + v + " register.";
            case TONE -> "Use a " + v + " tone.";
            case HUMOUR -> v.equals("none") ? "Do not use humour." : "Use " + v + " humour where it fits.";
            case FORMAT -> switch (v) {
                case "bullets" -> "Format answers as bullet points.";
                case "prose" -> "Write in prose, without bullet points.";
                default -> "Mix short prose with bullet points.";
            };
            case EXPERTISE -> "The user is at " + v + " level; pitch explanations accordingly.";
            case LANGUAGE -> "Answer in " + Locale.forLanguageTag(v).getDisplayName(Locale.ENGLISH) + " (" + v + ").";
            case UNITS -> "Use " + v + " units.";
            case ADDRESS -> "Address the user as " + v + ".";
            case EXAMPLES -> v.equals("none") ? "Do not add examples." : "Include " + (v.equals("many") ? "several examples." : "an example.");
            case EMOJI -> v.equals("none") ? "Do not use emoji." : "Emoji are welcome.";
            // Honest agreement, AI disclosure and safety caveats are the bounds' defaults: nothing to add.
            case AGREEMENT, AI_DISCLOSURE, SAFETY_CAVEATS -> "";
        };
    }
}
