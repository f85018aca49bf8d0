package dev.ambit.cli.command;

import dev.ambit.cli.CliContext;
import dev.ambit.cli.ExitCode;
import dev.ambit.engine.InvalidInputException;
import dev.ambit.engine.policy.Dimension;
import dev.ambit.engine.policy.EffectivePolicy;
import dev.ambit.engine.prefs.Admission;
import dev.ambit.engine.prefs.PreferenceLearner;
import dev.ambit.engine.profile.Profile;
import java.util.Arrays;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;

/** {@code ambit profile set DIM VALUE}: sets a preference directly, inside the bounds. */
@Command(name = "set", mixinStandardHelpOptions = true,
        description = {"Set a preference directly, e.g. 'ambit profile set verbosity short'.",
            "The bounds decide: a value outside an ordered range is clamped (and stored), one they forbid is "
            + "refused with the bound named (exit 3)."})
public final class ProfileSetCommand implements Callable<Integer> {
    private final CliContext context;

    @Mixin
    PassphraseOptions passphrase;

    @Mixin
    PolicyOptions policyOptions;

    @Parameters(index = "0", paramLabel = "DIM", description = "The dimension: verbosity, formality, tone, humour, format, "
            + "expertise, language, units, address, examples, emoji, agreement, ai_disclosure, safety_caveats.")
    String dimension;

    @Parameters(index = "1..*", arity = "1..*", paramLabel = "VALUE", description = "The value, e.g. short.")
    java.util.List<String> value;

    ProfileSetCommand(CliContext context) {
        this.context = context;
    }

    @Override
    public Integer call() {
        Dimension d = Dimension.byName(dimension).orElseThrow(() -> new InvalidInputException("unknown dimension '"
                + dimension + "' (one of " + String.join(", ", Arrays.stream(Dimension.values()).map(Dimension::id).toList()) + ")"));
        String v = String.join(" ", value).strip();
        if (!d.accepts(v)) {
            throw new InvalidInputException("'" + v + "' is not a value of " + d.id()
                    + (d.isOpen() ? (d == Dimension.LANGUAGE ? " (a BCP-47 tag such as de or en-GB)" : " (at most 60 characters)")
                            : " (one of " + String.join(", ", d.vocabulary()) + ")"));
        }
        try (Profile store = StoreAccess.open(context, passphrase)) {
            EffectivePolicy policy = policyOptions.effective(context, store.jurisdiction());
            PreferenceLearner learner = store.learner(policy);
            Admission a = learner.set(d, v);
            if (!a.storable()) {
                context.err().println("ambit: refused: " + a.note());
                context.err().flush();
                return ExitCode.REFUSED.code();
            }
            context.out().println(a.status() == Admission.Status.CLAMPED
                    ? d.id() + " set to " + a.value() + " (clamped: " + a.note() + ")"
                    : d.id() + " set to " + a.value());
            context.out().flush();
            return ExitCode.OK.code();
        }
    }
}
