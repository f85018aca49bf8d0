package dev.ambit.cli.command;

import dev.ambit.cli.CliContext;
import dev.ambit.cli.ExitCode;
import dev.ambit.cli.headless.HeadlessSession;
import dev.ambit.engine.AmbitException;
import dev.ambit.engine.Assistant;
import dev.ambit.engine.Conversation;
import dev.ambit.engine.TurnOptions;
import dev.ambit.engine.prefs.PreferenceBounds;
import dev.ambit.engine.prefs.PreferenceLearner;
import dev.ambit.engine.prefs.Profile;
import java.io.IOException;
import java.io.PrintWriter;
import java.time.Clock;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code ambit chat}: a conversation in the terminal, or JSON lines with {@code --headless}. */
@Command(name = "chat", mixinStandardHelpOptions = true, sortOptions = false,
        description = {"Chat with the assistant.",
            "Plain mode reads one message per line; /help lists the commands, /quit or end of input leaves.",
            "--headless speaks JSON lines on stdin/stdout for scripts (see the README)."})
public final class ChatCommand implements Callable<Integer> {
    private final CliContext context;

    @Mixin
    ModelOptions modelOptions;

    @Mixin
    SamplingOptions samplingOptions;

    @Option(names = "--headless", description = "JSON lines in and out: message and command events in; token, reply and error events out.")
    boolean headless;

    @Option(names = "--stream", description = "With --headless: emit a token event for each generated piece.")
    boolean stream;

    ChatCommand(CliContext context) {
        this.context = context;
    }

    @Override
    public Integer call() throws IOException {
        Assistant assistant = modelOptions.openAssistant(context);
        if (headless) {
            // The learner lives for the session only until the lead wires the encrypted profile store in.
            PreferenceLearner learner = new PreferenceLearner(Profile.inMemory(), PreferenceBounds.global(), Clock.systemUTC());
            new HeadlessSession(assistant, samplingOptions::sampling, context.in(), context.out(), stream, learner).run();
            return ExitCode.OK.code();
        }
        return plain(assistant);
    }

    private int plain(Assistant assistant) throws IOException {
        PrintWriter out = context.out();
        Conversation conversation = assistant.newConversation();
        out.println("ambit: chatting with " + assistant.modelInfo().name() + ". /help for commands, /quit to leave.");
        while (true) {
            out.print("> ");
            out.flush();
            String line = context.in().readLine();
            if (line == null || line.strip().equals("/quit")) {
                out.println();
                return ExitCode.OK.code();
            }
            String text = line.strip();
            if (text.isEmpty()) {
                continue;
            }
            if (text.equals("/help")) {
                out.println("/clear  forget this conversation's history\n/quit   leave (end of input works too)");
                continue;
            }
            if (text.equals("/clear")) {
                conversation.clear();
                out.println("(history cleared)");
                continue;
            }
            try {
                conversation.send(text, TurnOptions.of(samplingOptions.sampling()), new AskCommand.StreamPrinter(out));
                out.println();
            } catch (AmbitException e) {
                // One failed turn does not end the conversation.
                out.println();
                context.err().println("ambit: " + e.getMessage());
                context.err().flush();
            }
        }
    }
}
