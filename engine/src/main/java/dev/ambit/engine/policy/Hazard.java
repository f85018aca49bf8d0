package dev.ambit.engine.policy;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/**
 * The hazard vocabulary shared by policies and detectors, aligned with the public MLCommons AI Safety taxonomy
 * as used by Llama Guard 3 (codes S1 to S14).
 */
public enum Hazard {
    VIOLENT_CRIMES("S1", "violent-crimes"),
    NON_VIOLENT_CRIMES("S2", "non-violent-crimes"),
    SEX_CRIMES("S3", "sex-crimes"),
    CHILD_SEXUAL_EXPLOITATION("S4", "child-sexual-exploitation"),
    DEFAMATION("S5", "defamation"),
    SPECIALIZED_ADVICE("S6", "specialized-advice"),
    PRIVACY("S7", "privacy"),
    INTELLECTUAL_PROPERTY("S8", "intellectual-property"),
    INDISCRIMINATE_WEAPONS("S9", "indiscriminate-weapons"),
    HATE("S10", "hate"),
    SUICIDE_SELF_HARM("S11", "suicide-self-harm"),
    SEXUAL_CONTENT("S12", "sexual-content"),
    ELECTIONS("S13", "elections"),
    CODE_ABUSE("S14", "code-abuse");

    private final String code;
    private final String id;

    Hazard(String code, String id) {
        this.code = code;
        this.id = id;
    }

    /** The Llama Guard code, e.g. "S11". */
    public String code() {
        return code;
    }

    /** The id used in policy files and JSON, e.g. "suicide-self-harm". */
    public String id() {
        return id;
    }

    /** Finds a hazard by its id or its code, case-insensitively. */
    public static Optional<Hazard> parse(String text) {
        String t = text.strip().toLowerCase(Locale.ROOT);
        return Arrays.stream(values()).filter(h -> h.id.equals(t) || h.code.toLowerCase(Locale.ROOT).equals(t)).findFirst();
    }
}
