package dev.ambit.store.audit;

import java.time.Instant;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * One line of the audit log: what kind of event, which bound or item it concerns, when — never content.
 *
 * @param seq position in the chain, from 1
 * @param at when it was recorded
 * @param kind dotted lower-case event kind, e.g. {@code profile.remember} or {@code decision.refuse}
 * @param subject an id (item id, bound id, count); letters, digits and {@code . _ : / -} only, at most 128
 * @param prevHash hash of the previous entry (64 zeros for the first)
 * @param hash SHA-256 over this entry's fields and {@code prevHash}
 */
public record AuditEntry(long seq, Instant at, String kind, String subject, String prevHash, String hash) {
    static final Pattern KIND = Pattern.compile("[a-z][a-z0-9_]*(\\.[a-z0-9_]+)*");
    static final Pattern SUBJECT = Pattern.compile("[A-Za-z0-9._:/-]{0,128}");

    public AuditEntry {
        Objects.requireNonNull(at, "at");
        Objects.requireNonNull(prevHash, "prevHash");
        Objects.requireNonNull(hash, "hash");
        checkKind(kind);
        checkSubject(subject);
    }

    static void checkKind(String kind) {
        if (kind == null || kind.length() > 64 || !KIND.matcher(kind).matches()) {
            throw new IllegalArgumentException("audit kind must be dotted lower-case words (e.g. profile.forget), got \""
                    + kind + "\"");
        }
    }

    /** Keeps free text out of the log: a subject is an identifier, never what the user said. */
    static void checkSubject(String subject) {
        if (subject == null || !SUBJECT.matcher(subject).matches()) {
            throw new IllegalArgumentException("audit subject must be an id of at most 128 characters from "
                    + "[A-Za-z0-9._:/-], got \"" + subject + "\"");
        }
    }
}
