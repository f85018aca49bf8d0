package dev.ambit.store;

import java.time.Instant;
import java.util.Objects;

/**
 * One stored message of a conversation, decrypted.
 *
 * @param id row id
 * @param conversation an opaque id grouping the messages of one conversation
 * @param role {@code user} or {@code assistant}
 * @param content the message text
 * @param created when it was stored
 */
public record TranscriptEntry(long id, String conversation, String role, String content, Instant created) {
    public TranscriptEntry {
        Objects.requireNonNull(conversation, "conversation");
        Objects.requireNonNull(content, "content");
        Objects.requireNonNull(created, "created");
        if (!"user".equals(role) && !"assistant".equals(role)) {
            throw new IllegalArgumentException("role must be user or assistant, got \"" + role + "\"");
        }
    }
}
