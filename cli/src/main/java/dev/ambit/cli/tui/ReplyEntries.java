package dev.ambit.cli.tui;

import dev.ambit.engine.Reply;
import dev.ambit.engine.inference.Generation;
import dev.ambit.engine.policy.Action;
import dev.ambit.engine.policy.BoundRef;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

/** Turns a finished reply into the blocks of the conversation pane. */
final class ReplyEntries {
    private ReplyEntries() {}

    /** How a reply appears: an answer (with its caveat), or a refusal or redirect naming the tier. */
    static List<Entry> of(Reply reply, TierSummary tiers, String label) {
        List<Entry> out = new ArrayList<>();
        Action action = reply.verdict().action();
        String tier = tierNames(reply.verdict().bounds(), tiers);
        if (action == Action.REFUSE) {
            out.add(new Entry(Entry.Kind.REFUSAL, "Refused: " + tier, reply.text(), false));
            return out;
        }
        if (action == Action.REDIRECT) {
            out.add(new Entry(Entry.Kind.REDIRECT, "Redirected: " + tier, reply.text(), false));
            return out;
        }
        Generation g = reply.generation();
        String stop = g == null ? "" : switch (g.stop()) {
            case CANCELLED -> " [cancelled]";
            case MAX_TOKENS -> " [stopped at the token limit]";
            case END -> "";
        };
        out.add(new Entry(Entry.Kind.ASSISTANT, label + stop, reply.text(), false));
        if (action == Action.CAVEAT && !reply.verdict().message().isEmpty()) {
            out.add(new Entry(Entry.Kind.CAVEAT, "Caveat: " + tier, reply.verdict().message(), false));
        }
        return out;
    }

    private static String tierNames(List<BoundRef> bounds, TierSummary tiers) {
        String names = bounds.stream().map(tiers::tierName).distinct().collect(Collectors.joining(" and "));
        return names.isEmpty() ? "bounds" : names;
    }
}
