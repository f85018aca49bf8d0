package dev.ambit.cli.tui;

import java.util.List;
import java.util.Objects;

/**
 * The profile as the profile panel shows it.
 *
 * @param learning whether the assistant learns from this chat
 * @param items the profile items, in the order to show them
 * @param note a sentence shown under the items (e.g. why the list is empty); may be empty
 */
public record ProfileView(Learning learning, List<Item> items, String note) {
    public ProfileView {
        Objects.requireNonNull(learning, "learning");
        Objects.requireNonNull(note, "note");
        items = List.copyOf(items);
    }

    /**
     * One preference or remembered fact.
     *
     * @param id what {@code /forget ID} takes
     * @param dimension the dimension (e.g. verbosity) or "fact"
     * @param value the learned value
     * @param confidence within [0, 1]
     * @param provenance where it was learned, e.g. "you said so, 12 May"
     */
    public record Item(String id, String dimension, String value, double confidence, String provenance) {
        public Item {
            Objects.requireNonNull(id, "id");
            Objects.requireNonNull(dimension, "dimension");
            Objects.requireNonNull(value, "value");
            Objects.requireNonNull(provenance, "provenance");
            if (!(confidence >= 0 && confidence <= 1)) {
                throw new IllegalArgumentException("confidence must be within [0, 1], got " + confidence);
            }
        }
    }

    /** Whether the assistant learns from the chat. */
    public enum Learning {
        ON("on"),
        PAUSED("paused"),
        INCOGNITO("incognito"),
        /** This build has no preference learning. */
        UNAVAILABLE("unavailable");

        private final String label;

        Learning(String label) {
            this.label = label;
        }

        public String label() {
            return label;
        }
    }
}
