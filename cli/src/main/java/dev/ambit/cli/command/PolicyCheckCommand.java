package dev.ambit.cli.command;

import dev.ambit.cli.CliContext;
import dev.ambit.cli.json.PolicyJson;
import dev.ambit.cli.json.ReplyJson;
import dev.ambit.engine.InvalidInputException;
import dev.ambit.engine.guard.DeterministicGuard;
import dev.ambit.engine.policy.BoundRef;
import dev.ambit.engine.policy.Guard;
import dev.ambit.engine.policy.Verdict;
import java.io.IOException;
import java.io.PrintWriter;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code ambit policy check}: the guard's verdict on a text, without loading a model. */
@Command(name = "check", mixinStandardHelpOptions = true, sortOptions = false,
        description = {"The bounds' verdict on an input (or, with --direction output, a reply), without generating.",
            "'-' reads one text per line from standard input and prints one verdict per line.",
            "Exits 0 when verdicts were printed, whatever they say."})
public final class PolicyCheckCommand implements Callable<Integer> {
    private final CliContext context;

    @Mixin
    PolicyOptions policyOptions;

    @Option(names = "--json", description = "Print one JSON object per verdict: action, bounds [{id, tier, category, source}], message.")
    boolean json;

    @Option(names = "--direction", paramLabel = "D", defaultValue = "input",
            description = "input (a user's message, default) or output (a model's reply).")
    String direction;

    @Parameters(paramLabel = "TEXT", arity = "1..*", description = "The text to judge; '-' reads one per line from standard input.")
    List<String> words;

    PolicyCheckCommand(CliContext context) {
        this.context = context;
    }

    @Override
    public Integer call() throws IOException {
        if (!direction.equals("input") && !direction.equals("output")) {
            throw new InvalidInputException("--direction must be input or output, got '" + direction + "'");
        }
        Guard guard = new Guard(policyOptions.effective(context), new DeterministicGuard());
        PrintWriter out = context.out();
        if (words.size() == 1 && words.get(0).equals("-")) {
            String line;
            while ((line = context.in().readLine()) != null) {
                if (!line.isBlank()) {
                    print(out, judge(guard, line));
                }
            }
        } else {
            String text = String.join(" ", words);
            if (text.isBlank()) {
                throw new InvalidInputException("the text is empty: give one, e.g. ambit policy check --json \"hello\"");
            }
            print(out, judge(guard, text));
        }
        out.flush();
        return 0;
    }

    private Verdict judge(Guard guard, String text) {
        return direction.equals("input") ? guard.input(text) : guard.output(text);
    }

    private void print(PrintWriter out, Verdict v) throws IOException {
        if (json) {
            out.println(ReplyJson.MAPPER.writeValueAsString(PolicyJson.verdict(v)));
        } else {
            out.println(v.action().wireName() + (v.bounds().isEmpty() ? ""
                    : "  [" + String.join(", ", v.bounds().stream().map(BoundRef::id).toList()) + "]")
                    + (v.message().isBlank() ? "" : "  " + v.message()));
        }
        out.flush();
    }
}
