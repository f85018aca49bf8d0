package dev.ambit.cli.command;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.ambit.cli.CliContext;
import dev.ambit.cli.ExitCode;
import dev.ambit.cli.json.AdmissionJson;
import dev.ambit.cli.json.ReplyJson;
import dev.ambit.engine.InvalidInputException;
import dev.ambit.engine.inference.ModelSettings;
import dev.ambit.engine.prefs.Admission;
import dev.ambit.engine.policy.EffectivePolicy;
import dev.ambit.engine.prefs.PolicyBounds;
import dev.ambit.engine.prefs.PreferenceLearner;
import dev.ambit.engine.prefs.Profile;
import java.io.IOException;
import java.io.PrintWriter;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code ambit profile learn}: how statements change the profile, each candidate accepted, clamped,
 * needs-consent or rejected with the bound that decided it.
 */
@Command(name = "learn", mixinStandardHelpOptions = true, sortOptions = false,
        description = {"Learn preferences from statements in ordinary words (\"keep it short\", \"call me Sam\").",
            "Each candidate is checked against the bounds: accepted, clamped, needs-consent or rejected.",
            "With '-' reads one statement per line from standard input and answers one line each."})
public final class ProfileLearnCommand implements Callable<Integer> {
    private final CliContext context;

    @Mixin
    PassphraseOptions passphrase;

    @Mixin
    PolicyOptions policyOptions;

    @Mixin
    ExtractorModelOptions extractorModel;

    @Option(names = "--dry-run", description = "Show what would change; change nothing.")
    boolean dryRun;

    @Option(names = "--json", description = "One JSON object per statement: {\"input\", \"candidates\": [...]}.")
    boolean json;

    @Parameters(paramLabel = "TEXT", arity = "1..*", description = "The statement; '-' reads statements from standard input.")
    List<String> words;

    ProfileLearnCommand(CliContext context) {
        this.context = context;
    }

    @Override
    public Integer call() throws IOException {
        List<String> statements = statements();
        // A wrong extractor model fails here, before the store is unlocked.
        Optional<ModelSettings> extractor = extractorModel.settings(context, Optional.empty());
        // A dry run changes nothing, so it needs no passphrase; otherwise what is learned goes into the store.
        Optional<dev.ambit.engine.profile.Profile> store = dryRun || !dev.ambit.engine.profile.Profile.exists(context.home())
                ? Optional.empty()
                : Optional.of(StoreAccess.open(context, passphrase));
        try {
            EffectivePolicy policy = policyOptions.effective(context, store.flatMap(s -> s.jurisdiction()));
            PreferenceLearner learner = store.map(s -> s.learner(policy)).orElseGet(() ->
                    new PreferenceLearner(Profile.inMemory(), PolicyBounds.of(policy), Clock.systemUTC()));
            ExtractorModelOptions.attach(context, extractor, learner);
            return learn(statements, learner);
        } finally {
            store.ifPresent(s -> s.close());
        }
    }

    private int learn(List<String> statements, PreferenceLearner learner) {
        boolean persisted = learner.profile().repository().persistent() && !learner.paused();
        PrintWriter out = context.out();
        for (String statement : statements) {
            List<Admission> admissions = dryRun ? learner.preview(statement) : learner.learn(statement, 0);
            // The rules' candidates stand when the model fails; say why it added nothing rather than stay silent.
            learner.modelExtractor().flatMap(m -> m.lastFailure()).ifPresent(why ->
                    context.err().println("ambit: the extractor model added nothing to \"" + statement + "\": " + why));
            if (json) {
                ObjectNode line = ReplyJson.MAPPER.createObjectNode().put("input", statement);
                line.set("candidates", AdmissionJson.toJson(admissions));
                if (!dryRun) {
                    line.put("persisted", persisted);
                }
                out.println(line.toString());
            } else {
                human(out, statement, admissions);
            }
        }
        out.flush();
        if (!dryRun && !persisted) {
            context.err().println(learner.paused()
                    ? "ambit: not persisted: learning is paused ('ambit profile resume' turns it back on)"
                    : "ambit: not persisted: there is no store, so what was learned ends with this command "
                            + "(create one with 'ambit init')");
            context.err().flush();
        }
        return ExitCode.OK.code();
    }

    private static void human(PrintWriter out, String statement, List<Admission> admissions) {
        if (admissions.isEmpty()) {
            out.println("\"" + statement + "\": no preference found");
            return;
        }
        for (Admission a : admissions) {
            out.printf("%s = %s: %s (%s)%n", a.candidate().name(), a.value(), a.status().wireName(), a.note());
        }
    }

    private List<String> statements() throws IOException {
        List<String> statements = new ArrayList<>();
        if (words.size() == 1 && words.get(0).equals("-")) {
            String line;
            while ((line = context.in().readLine()) != null) {
                if (!line.isBlank()) {
                    statements.add(line.strip());
                }
            }
            if (statements.isEmpty()) {
                throw new InvalidInputException("no statements on standard input: give one per line");
            }
            return statements;
        }
        String joined = String.join(" ", words).strip();
        if (joined.isEmpty()) {
            throw new InvalidInputException("the statement is empty: e.g. ambit profile learn \"keep it short\"");
        }
        statements.add(joined);
        return statements;
    }
}
