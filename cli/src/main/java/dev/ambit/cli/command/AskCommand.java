package dev.ambit.cli.command;

import dev.ambit.cli.CliContext;
import dev.ambit.cli.ExitCode;
import dev.ambit.cli.json.ReplyJson;
import dev.ambit.engine.Assistant;
import dev.ambit.engine.BestOfReplies;
import dev.ambit.engine.Conversation;
import dev.ambit.engine.InvalidInputException;
import dev.ambit.engine.Reply;
import dev.ambit.engine.TurnOptions;
import dev.ambit.engine.inference.Sampling;
import dev.ambit.engine.inference.TokenSink;
import java.io.IOException;
import java.io.PrintWriter;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code ambit ask}: one turn, streamed to stdout or printed as one JSON object. */
@Command(name = "ask", mixinStandardHelpOptions = true, sortOptions = false,
        description = {"Answer one message and exit.", "Exits 3 when the bounds refuse the input."})
public final class AskCommand implements Callable<Integer> {
    private final CliContext context;

    @Mixin
    ModelOptions modelOptions;

    @Mixin
    SamplingOptions samplingOptions;

    @Mixin
    GuardModelOptions guardModel;

    @Mixin
    ExtractorModelOptions extractorModel;

    @Mixin
    PolicyOptions policyOptions;

    @Mixin
    PassphraseOptions passphrase;

    @Option(names = "--json", description = "Print one JSON object (text, verdict, preferences_applied, model, timing).")
    boolean json;

    @Option(names = "--unpersonalised", description = "Answer without your profile (tier 3), and learn nothing from the message.")
    boolean unpersonalised;

    @Option(names = "--best-of", paramLabel = "N", defaultValue = "1",
            description = "Generate N candidates (seeds seed..seed+N-1) and keep the one that fits your learned "
                    + "profile best; 1 to 16 (default: ${DEFAULT-VALUE}). Candidates are not streamed.")
    int bestOf;

    @Parameters(paramLabel = "TEXT", arity = "1..*", description = "The message; '-' reads it from standard input.")
    List<String> words;

    AskCommand(CliContext context) {
        this.context = context;
    }

    @Override
    public Integer call() throws IOException {
        String text = input();
        if (bestOf < 1 || bestOf > Conversation.MAX_BEST_OF) {
            // Checked before the model loads, so a typo fails at once.
            throw new InvalidInputException("--best-of must be within [1, " + Conversation.MAX_BEST_OF + "], got " + bestOf);
        }
        Sampling sampling = samplingOptions.sampling();
        var profile = StoreAccess.openIfPresent(context, passphrase);
        // The bounds come before the model: a broken organisation policy stops the run before anything loads.
        try (Assistant assistant = modelOptions.openAssistant(context,
                policyOptions.effective(context, profile.flatMap(p -> p.jurisdiction())), guardModel, extractorModel)) {
            profile.ifPresent(assistant::attachProfile);
            assistant.reproducible();
            return answer(assistant, text, sampling);
        } finally {
            // Closed here too in case the model failed to load before the assistant took the profile over.
            profile.ifPresent(p -> p.close());
        }
    }

    private int answer(Assistant assistant, String text, Sampling sampling) {
        PrintWriter out = context.out();
        Reply reply;
        TurnOptions options = new TurnOptions(sampling, unpersonalised);
        if (bestOf != 1) {
            BestOfReplies best = assistant.newConversation().sendBestOf(text, options, bestOf);
            reply = best.reply();
            if (json) {
                out.println(ReplyJson.withBestOf(ReplyJson.toJson(reply, sampling.seed()), best, bestOf, sampling.seed()));
            } else {
                // Nothing was streamed: the kept reply's text already carries any bound's message or caveat.
                out.println(reply.text());
            }
        } else if (json) {
            reply = assistant.newConversation().send(text, options, TokenSink.DISCARD);
            out.println(ReplyJson.toJson(reply, sampling.seed()));
        } else {
            reply = assistant.newConversation().send(text, options, new StreamPrinter(out));
            printBoundsText(out, reply);
            out.println();
        }
        out.flush();
        return reply.verdict().blocks() ? ExitCode.REFUSED.code() : ExitCode.OK.code();
    }

    /**
     * After a streamed reply: the bound's message when the input was refused (nothing streamed), when the output
     * guard stopped the reply (it replaces what was cut off), or the caveat the bounds add.
     */
    static void printBoundsText(PrintWriter out, Reply reply) {
        if (reply.generation() == null) {
            out.print(reply.text());
        } else if (reply.verdict().blocks()) {
            out.print("\n[stopped: this reply crossed a bound] " + reply.verdict().message());
        } else if (!reply.verdict().message().isBlank()) {
            out.print("\n\n" + reply.verdict().message());
        }
    }

    private String input() throws IOException {
        String joined = words.size() == 1 && words.get(0).equals("-")
                ? context.in().lines().collect(Collectors.joining("\n"))
                : String.join(" ", words);
        if (joined.isBlank()) {
            throw new InvalidInputException("the input is empty: give a message, e.g. ambit ask \"hello\"");
        }
        return joined;
    }

    /** Streams pieces as they come, without the leading blank the model usually starts with. */
    static final class StreamPrinter implements TokenSink {
        private final PrintWriter out;
        private boolean started;

        StreamPrinter(PrintWriter out) {
            this.out = out;
        }

        @Override
        public boolean accept(String piece) {
            String shown = started ? piece : piece.stripLeading();
            if (!shown.isEmpty()) {
                started = true;
                out.print(shown);
                out.flush();
            }
            return true;
        }
    }
}
