package dev.ambit.cli.command;

import com.googlecode.lanterna.terminal.Terminal;
import dev.ambit.cli.CliContext;
import dev.ambit.cli.ExitCode;
import dev.ambit.cli.headless.HeadlessSession;
import dev.ambit.cli.tui.TerminalChat;
import dev.ambit.engine.Assistant;
import dev.ambit.engine.AssistantConfig;
import dev.ambit.engine.Conversation;
import dev.ambit.engine.inference.GgufMetadata;
import dev.ambit.engine.inference.ModelSettings;
import dev.ambit.engine.policy.EffectivePolicy;
import dev.ambit.engine.prefs.PreferenceLearner;
import dev.ambit.engine.profile.Profile;
import java.io.IOException;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.function.Supplier;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * {@code ambit chat}: the full-screen chat when standard input and output are a terminal, plain lines when they
 * are not, or JSON lines with {@code --headless}.
 */
@Command(name = "chat", mixinStandardHelpOptions = true, sortOptions = false,
        description = {"Chat with the assistant.",
            "In a terminal: a full-screen chat; F1 or /help lists the keys and commands.",
            "Otherwise plain mode reads one message per line; /quit or end of input leaves.",
            "--headless speaks JSON lines on stdin/stdout for scripts (see the README)."})
public final class ChatCommand implements Callable<Integer> {
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
    PassphraseOptions passphrase;

    @Mixin
    PolicyOptions policyOptions;

    @Option(names = "--headless", description = "JSON lines in and out: message and command events in; token, reply and error events out.")
    boolean headless;

    @Option(names = "--stream", description = "With --headless: emit a token event for each generated piece.")
    boolean stream;

    @Option(names = "--incognito", description = "Learn nothing and write nothing from this chat (your profile still applies).")
    boolean incognito;

    ChatCommand(CliContext context) {
        this.context = context;
    }

    @Override
    public Integer call() throws IOException {
        if (headless) {
            modelOptions.disableDownloadOffer();
        }
        Optional<Profile> profile = StoreAccess.openIfPresent(context, passphrase);
        try {
            // The bounds come before the model: a broken organisation policy stops the run before anything loads.
            EffectivePolicy policy = policyOptions.effective(context, profile.flatMap(Profile::jurisdiction));
            if (!headless && context.interactive()) {
                return fullScreen(profile, policy);
            }
            try (Assistant assistant = modelOptions.openAssistant(context, policy, guardModel, extractorModel)) {
                profile.ifPresent(assistant::attachProfile);
                // With an unlocked store the session learns into it; otherwise (or incognito) only in memory.
                PreferenceLearner learner = incognito ? assistant.detachedLearner()
                        : assistant.learner().orElseGet(assistant::detachedLearner);
                if (headless) {
                    HeadlessSession session = new HeadlessSession(assistant, samplingOptions::sampling, context.in(),
                            context.out(), stream, learner);
                    (incognito ? session.incognito() : session).run();
                    return ExitCode.OK.code();
                }
                return plain(assistant, learner);
            }
        } finally {
            // Closed here too in case the model failed to load before the assistant took the profile over.
            profile.ifPresent(Profile::close);
        }
    }

    private int fullScreen(Optional<Profile> profile, EffectivePolicy policy) throws IOException {
        // Resolve the model and read its header (failing on a bad flag, path or file) before the screen takes over
        // the terminal; only the slow part, loading, runs behind the progress indicator.
        ModelSettings settings = modelOptions.settings(context);
        GgufMetadata.read(settings.path());
        AssistantConfig config = new AssistantConfig(context.home(), settings, policy)
                .withGuardModel(guardModel.settings(context, settings))
                .withExtractorModel(extractorModel.settings(context, Optional.of(settings)));
        Supplier<Assistant> open = () -> {
            Assistant assistant = Assistant.open(config);
            profile.ifPresent(assistant::attachProfile);
            return assistant;
        };
        Terminal terminal;
        try {
            terminal = context.openTerminal();
        } catch (IOException e) {
            context.err().println("ambit: cannot open the full-screen chat (" + e.getMessage() + "); using plain mode");
            context.err().flush();
            try (Assistant assistant = open.get()) {
                return plain(assistant, incognito ? assistant.detachedLearner()
                        : assistant.learner().orElseGet(assistant::detachedLearner));
            }
        }
        TerminalChat.run(terminal, context.env(), settings.path().getFileName().toString(), open, samplingOptions::sampling,
                incognito);
        return ExitCode.OK.code();
    }

    private int plain(Assistant assistant, PreferenceLearner learner) throws IOException {
        Conversation conversation = assistant.newConversation();
        conversation.personalise(learner);
        conversation.incognito(incognito);
        return new PlainChat(conversation, samplingOptions::sampling, context.in(), context.out(), context.err())
                .run(assistant.modelInfo().name());
    }
}
