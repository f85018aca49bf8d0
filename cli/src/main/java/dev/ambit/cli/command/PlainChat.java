package dev.ambit.cli.command;

import dev.ambit.cli.ExitCode;
import dev.ambit.engine.AmbitException;
import dev.ambit.engine.ComparedReplies;
import dev.ambit.engine.Conversation;
import dev.ambit.engine.Reply;
import dev.ambit.engine.TurnOptions;
import dev.ambit.engine.inference.Sampling;
import dev.ambit.engine.prefs.Admission;
import dev.ambit.engine.prefs.PreferenceLearner;
import dev.ambit.engine.prefs.ReplyFeatures;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.PrintWriter;
import java.util.List;
import java.util.function.Supplier;

/**
 * The plain line mode of {@code ambit chat}: one message per line, replies streamed, and the slash commands of
 * the full-screen chat that make sense on plain lines (/prefer, /raw, /good, /bad, /compare, /incognito).
 */
final class PlainChat {
    static final String HELP = String.join("\n",
            "/prefer TEXT   state a preference, e.g. /prefer keep it short",
            "/raw TEXT      answer TEXT without your profile",
            "/good          thumbs up for the last reply",
            "/bad [REASON]  thumbs down for the last reply, optionally saying why",
            "/compare       your last message answered twice; type 1 or 2 to keep one",
            "/incognito     on/off: nothing from this chat is learned or kept",
            "/clear         forget this conversation's history",
            "/quit          leave (end of input works too)");

    private final Conversation conversation;
    private final Supplier<Sampling> sampling;
    private final BufferedReader in;
    private final PrintWriter out;
    private final PrintWriter err;
    private String lastReply;

    PlainChat(Conversation conversation, Supplier<Sampling> sampling, BufferedReader in, PrintWriter out, PrintWriter err) {
        this.conversation = conversation;
        this.sampling = sampling;
        this.in = in;
        this.out = out;
        this.err = err;
    }

    int run(String modelName) throws IOException {
        out.println("ambit: chatting with " + modelName + (conversation.incognito() ? " (incognito: nothing is learned or kept)" : "")
                + ". /help for commands, /quit to leave.");
        while (true) {
            out.print("> ");
            out.flush();
            String line = in.readLine();
            if (line == null || line.strip().equals("/quit")) {
                out.println();
                out.flush();
                return ExitCode.OK.code();
            }
            String text = line.strip();
            if (text.isEmpty()) {
                continue;
            }
            try {
                handle(text);
            } catch (AmbitException e) {
                // One failed turn does not end the conversation.
                out.println();
                out.flush();
                err.println("ambit: " + e.getMessage());
                err.flush();
            }
        }
    }

    private void handle(String text) throws IOException {
        String command = text.startsWith("/") ? text.split("\\s+", 2)[0] : "";
        String rest = text.length() > command.length() ? text.substring(command.length()).strip() : "";
        switch (command) {
            case "" -> send(text, false);
            case "/help" -> out.println(HELP);
            case "/clear" -> {
                conversation.clear();
                out.println("(history cleared)");
            }
            case "/raw" -> {
                if (rest.isEmpty()) {
                    out.println("(give the message: /raw TEXT)");
                } else {
                    send(rest, true);
                }
            }
            case "/prefer" -> prefer(rest);
            case "/good", "/bad" -> rate(command.equals("/good"), rest);
            case "/compare" -> compare();
            case "/incognito" -> {
                conversation.incognito(!conversation.incognito());
                out.println(conversation.incognito() ? "(incognito: nothing from now on is learned or kept)" : "(incognito off)");
            }
            default -> out.println("(unknown command " + command + "; /help lists them)");
        }
        out.flush();
    }

    private void send(String text, boolean raw) {
        Reply reply = conversation.send(text, new TurnOptions(sampling.get(), raw), new AskCommand.StreamPrinter(out));
        AskCommand.printBoundsText(out, reply);
        out.println();
        lastReply = reply.generation() == null ? null : reply.text();
        for (Admission a : conversation.lastAdmissions()) {
            out.println("(" + describe(a) + ")");
        }
    }

    private PreferenceLearner learner() {
        PreferenceLearner learner = conversation.learner();
        if (learner == null || conversation.incognito()) {
            out.println(learner == null ? "(no profile in this chat: nothing learned)" : "(incognito: nothing learned)");
            return null;
        }
        if (learner.paused()) {
            out.println("(learning is paused: nothing learned; 'ambit profile resume' turns it back on)");
            return null;
        }
        return learner;
    }

    private void prefer(String text) throws IOException {
        if (text.isEmpty()) {
            out.println("(say what you prefer: /prefer keep it short)");
            return;
        }
        PreferenceLearner learner = learner();
        if (learner == null) {
            return;
        }
        List<Admission> admissions = learner.learn(text, conversation.turns());
        if (admissions.isEmpty()) {
            out.println("(no preference found in that)");
        }
        for (Admission a : admissions) {
            out.println("(" + describe(a) + ")");
            if (a.status() == Admission.Status.NEEDS_CONSENT) {
                out.print("Remember " + a.candidate().name().replace('_', ' ') + " = " + a.value() + "? (y/N) ");
                out.flush();
                String answer = in.readLine();
                if (answer != null && answer.strip().equalsIgnoreCase("y")) {
                    learner.confirm(a.candidate().name(), conversation.turns())
                            .ifPresent(c -> out.println("(" + describe(c) + ")"));
                } else {
                    out.println("(not remembered)");
                }
            }
        }
    }

    private void rate(boolean up, String reason) {
        if (lastReply == null) {
            out.println("(no reply to rate yet)");
            return;
        }
        PreferenceLearner learner = learner();
        if (learner == null) {
            return;
        }
        List<Admission> updates = learner.feedback(ReplyFeatures.of(lastReply), up, reason, conversation.turns());
        out.println(updates.isEmpty() ? "(thanks: noted, not sure enough yet to change your profile)"
                : "(" + String.join("; ", updates.stream().map(PlainChat::describe).toList()) + ")");
    }

    private void compare() throws IOException {
        PreferenceLearner learner = learner();
        if (learner == null) {
            return;
        }
        ComparedReplies pair = conversation.compare(TurnOptions.of(sampling.get()));
        String dim = pair.comparison().dimension().id();
        out.println("(1) " + dim + " " + pair.comparison().a() + ":\n" + pair.a().text());
        out.println("(2) " + dim + " " + pair.comparison().b() + ":\n" + pair.b().text());
        out.print("Which do you prefer? (1/2, anything else skips) ");
        out.flush();
        String pick = in.readLine();
        String p = pick == null ? "" : pick.strip();
        if (!p.equals("1") && !p.equals("2")) {
            out.println("(skipped)");
            return;
        }
        learner.choose(pair.comparison(), p.equals("1"), conversation.turns())
                .ifPresentOrElse(a -> out.println("(" + describe(a) + ")"), () -> out.println("(noted)"));
    }

    static String describe(Admission a) {
        return a.candidate().name() + " = " + a.value() + ": " + a.status().wireName() + " - " + a.note();
    }
}
