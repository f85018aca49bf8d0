package dev.ambit.cli.command;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.ambit.cli.CliContext;
import dev.ambit.cli.ExitCode;
import dev.ambit.cli.json.ReplyJson;
import dev.ambit.engine.profile.Profile;
import dev.ambit.engine.profile.ProfileItem;
import java.io.PrintWriter;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code ambit profile show}: lists the profile's items. */
@Command(name = "show", mixinStandardHelpOptions = true,
        description = {"List what ambit knows about you: id, kind, value, source and time of each item."})
public final class ProfileShowCommand implements Callable<Integer> {
    private final CliContext context;

    @Mixin
    PassphraseOptions passphrase;

    @Option(names = "--json", description = "Print one JSON object: status, jurisdiction and items.")
    boolean json;

    ProfileShowCommand(CliContext context) {
        this.context = context;
    }

    @Override
    public Integer call() {
        PrintWriter out = context.out();
        try (Profile profile = StoreAccess.open(context, passphrase)) {
            List<ProfileItem> items = profile.items();
            String jurisdiction = profile.jurisdiction().orElse("");
            if (json) {
                ObjectNode root = ReplyJson.MAPPER.createObjectNode();
                root.put("profile", profile.status());
                root.put("jurisdiction", jurisdiction);
                ArrayNode array = root.putArray("items");
                for (ProfileItem i : items) {
                    ObjectNode node = array.addObject();
                    node.put("id", i.id()).put("kind", i.kind()).put("name", i.name()).put("value", i.value());
                    node.set("provenance", provenance(i.provenance()));
                    node.put("source", source(i.provenance()));
                    node.put("created", i.created().toString()).put("updated", i.updated().toString());
                }
                out.println(root.toString());
            } else {
                out.println("profile " + profile.status() + ", jurisdiction " + jurisdiction + ", " + items.size()
                        + (items.size() == 1 ? " item" : " items"));
                for (ProfileItem i : items) {
                    out.printf("%5d  %-10s %s%s  [%s, %s]%n", i.id(), i.kind(),
                            i.name().isEmpty() ? "" : i.name() + " = ", i.value(), source(i.provenance()),
                            i.updated().truncatedTo(ChronoUnit.SECONDS));
                }
            }
        }
        out.flush();
        return ExitCode.OK.code();
    }

    private static JsonNode provenance(String text) {
        try {
            JsonNode node = ReplyJson.MAPPER.readTree(text);
            return node == null ? ReplyJson.MAPPER.getNodeFactory().textNode(text) : node;
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            return ReplyJson.MAPPER.getNodeFactory().textNode(text);
        }
    }

    /** The provenance's "source" field, or the provenance itself when it has none. */
    static String source(String provenance) {
        JsonNode node = provenance(provenance);
        return node.isObject() && node.hasNonNull("source") ? node.get("source").asText() : node.asText(provenance);
    }
}
