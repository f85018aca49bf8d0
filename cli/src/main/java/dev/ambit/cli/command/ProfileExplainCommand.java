package dev.ambit.cli.command;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.ambit.cli.CliContext;
import dev.ambit.cli.ExitCode;
import dev.ambit.cli.json.ReplyJson;
import dev.ambit.engine.InvalidInputException;
import dev.ambit.engine.policy.EffectivePolicy;
import dev.ambit.engine.prefs.AppliedPreference;
import dev.ambit.engine.prefs.Personalisation;
import dev.ambit.engine.prefs.PreferenceLearner;
import dev.ambit.engine.prefs.ProfileItem;
import dev.ambit.engine.profile.Profile;
import dev.ambit.engine.profile.StoreProfileRepository;
import java.io.PrintWriter;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code ambit profile explain ITEM}: "why do you think I prefer that?", answered from the provenance. */
@Command(name = "explain", mixinStandardHelpOptions = true,
        description = {"Why ambit holds a profile item: where it came from, how much evidence, how sure, and whether "
            + "the bounds let it shape replies now. ITEM is an id from 'ambit profile show' or a name (verbosity, location)."})
public final class ProfileExplainCommand implements Callable<Integer> {
    private final CliContext context;

    @Mixin
    PassphraseOptions passphrase;

    @Mixin
    PolicyOptions policyOptions;

    @Option(names = "--json", description = "One JSON object: item, value, kind, provenance, applied.")
    boolean json;

    @Parameters(paramLabel = "ITEM", description = "An item id or a dimension or fact name.")
    String item;

    ProfileExplainCommand(CliContext context) {
        this.context = context;
    }

    @Override
    public Integer call() {
        try (Profile store = StoreAccess.open(context, passphrase)) {
            EffectivePolicy policy = policyOptions.effective(context, store.jurisdiction());
            PreferenceLearner learner = store.learner(policy);
            List<ProfileItem> items = learner.profile().repository().load();
            Optional<ProfileItem> found = byName(items).or(() -> byId(store, items));
            if (found.isEmpty()) {
                throw new InvalidInputException("no profile item '" + item + "' ('ambit profile show' lists them)");
            }
            ProfileItem i = found.get();
            Personalisation now = Personalisation.of(learner.profile(), learner.bounds());
            String key = i.kind() == ProfileItem.Kind.FACT ? "fact:" + i.name() : i.name();
            boolean applied = now.applied().stream().map(AppliedPreference::dimension).anyMatch(key::equals);
            print(i, applied);
        }
        return ExitCode.OK.code();
    }

    private Optional<ProfileItem> byName(List<ProfileItem> items) {
        String name = item.strip();
        return items.stream().filter(i -> i.kind() != ProfileItem.Kind.EVIDENCE)
                .filter(i -> i.name().equalsIgnoreCase(name) || i.id().equalsIgnoreCase(name)).findFirst();
    }

    private Optional<ProfileItem> byId(Profile store, List<ProfileItem> items) {
        if (!item.strip().matches("\\d{1,18}")) {
            return Optional.empty();
        }
        long id = Long.parseLong(item.strip());
        return store.items().stream().filter(s -> s.id() == id).findFirst().flatMap(s -> items.stream()
                .filter(i -> StoreProfileRepository.storeKind(i.kind()).equals(s.kind()) && i.name().equals(s.name()))
                .findFirst());
    }

    private void print(ProfileItem i, boolean applied) {
        PrintWriter out = context.out();
        if (json) {
            ObjectNode node = ReplyJson.MAPPER.createObjectNode().put("item", i.id()).put("value", i.value())
                    .put("applied", applied);
            node.set("provenance", readTree(i.provenance().toJson()));
            out.println(node.toString());
        } else {
            out.println(i.id() + " = " + i.value());
            out.println("  " + i.provenance().describe());
            out.println(applied ? "  shapes your replies now"
                    : "  does not shape replies now: the bounds in force do not allow it, or it adds no instruction");
        }
        out.flush();
    }

    private static com.fasterxml.jackson.databind.JsonNode readTree(String json) {
        try {
            return ReplyJson.MAPPER.readTree(json);
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalStateException("provenance JSON written by ambit did not parse", e);
        }
    }
}
