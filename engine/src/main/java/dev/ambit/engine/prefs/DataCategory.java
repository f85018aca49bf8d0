package dev.ambit.engine.prefs;

import java.util.Locale;

/**
 * What a remembered fact is about, for the data bounds. Special categories (GDPR Art. 9 and the like) need
 * consent where a policy allows them at all; personal identifiers are minimised; ordinary facts are free.
 */
public enum DataCategory {
    GENERAL(Kind.ORDINARY),
    HEALTH(Kind.SPECIAL),
    RELIGION(Kind.SPECIAL),
    SEXUALITY(Kind.SPECIAL),
    POLITICS(Kind.SPECIAL),
    ETHNICITY(Kind.SPECIAL),
    BIOMETRICS(Kind.SPECIAL),
    GENETICS(Kind.SPECIAL),
    UNION_MEMBERSHIP(Kind.SPECIAL),
    PHONE(Kind.IDENTIFIER),
    EMAIL(Kind.IDENTIFIER),
    CARD(Kind.IDENTIFIER),
    POSTAL_ADDRESS(Kind.IDENTIFIER),
    NATIONAL_ID(Kind.IDENTIFIER),
    /** Text that tries to instruct the assistant; never a memory, whatever the policy says. */
    INSTRUCTION(Kind.ORDINARY);

    /** The three families the data bounds distinguish. */
    public enum Kind {
        ORDINARY,
        SPECIAL,
        IDENTIFIER
    }

    private final Kind kind;

    DataCategory(Kind kind) {
        this.kind = kind;
    }

    public Kind kind() {
        return kind;
    }

    public boolean special() {
        return kind == Kind.SPECIAL;
    }

    public boolean identifier() {
        return kind == Kind.IDENTIFIER;
    }

    public String wireName() {
        return name().toLowerCase(Locale.ROOT);
    }
}
