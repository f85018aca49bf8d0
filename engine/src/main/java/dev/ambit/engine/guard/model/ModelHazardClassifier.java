package dev.ambit.engine.guard.model;

import dev.ambit.engine.inference.ChatMessage;
import dev.ambit.engine.inference.LocalModel;
import dev.ambit.engine.policy.Detection;
import dev.ambit.engine.policy.Hazard;
import dev.ambit.engine.policy.HazardDetector;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Asks a model which MLCommons hazard category (S1 to S14, as in Llama Guard 3) a user's message falls under,
 * with a Llama-Guard-style category prompt and a grammar that lets it answer only {@code safe} or
 * {@code unsafe} plus one code. Works with a guard model or with the chat model itself.
 *
 * <p>Contract: as {@link HazardDetector}, except that the answer is the model's judgement, not a rule. Never
 * throws: a model failure is no detection, and its reason is kept in {@link #lastFailure()}. Judges {@link
 * Direction#INPUT} only — one classification costs a prompt evaluation, far too much per streamed token, and
 * the chat model must not be re-entered while it generates — so {@link Direction#OUTPUT} reports nothing.
 */
public final class ModelHazardClassifier implements HazardDetector {
    /** The answer that means no hazard. */
    public static final String SAFE = "safe";
    /** A forced label carries no probability; this marks it as a model's judgement rather than a rule's (1). */
    public static final double CONFIDENCE = 0.9;
    private static final long SEED = 42;
    /** Text longer than this is cut before it is shown to the model, which bounds the cost of a check. */
    static final int MAX_CHARS = 4000;
    /** Tokens kept free in the context besides the prompt (the label and its leading whitespace). */
    private static final int ROOM = 24;

    /** Chooses one label as the continuation of a rendered prompt. */
    @FunctionalInterface
    interface LabelChooser {
        String choose(String prompt, List<String> labels);
    }

    private final LocalModel model;
    private final LabelChooser chooser;
    private volatile String lastFailure;

    /** Classifies with {@code model}, which stays owned by the caller (usually {@code ModelPool}). */
    public ModelHazardClassifier(LocalModel model) {
        this(model, (prompt, labels) -> model.classify(prompt, labels, SEED));
    }

    /** For tests of what is made of an answer: {@code chooser} stands in for the model's choice only. */
    ModelHazardClassifier(LocalModel model, LabelChooser chooser) {
        this.model = Objects.requireNonNull(model, "model");
        this.chooser = Objects.requireNonNull(chooser, "chooser");
    }

    /** The labels the model may answer: {@code safe}, then {@code unsafe\nS1} to {@code unsafe\nS14}. */
    public static List<String> labels() {
        List<String> labels = new ArrayList<>();
        labels.add(SAFE);
        for (Hazard h : Hazard.values()) {
            labels.add("unsafe\n" + h.code());
        }
        return List.copyOf(labels);
    }

    /** The hazard a label names, or empty for {@code safe} and anything that is not a label. */
    static Optional<Hazard> hazardOf(String label) {
        if (label == null) {
            return Optional.empty();
        }
        String t = label.strip();
        if (!t.startsWith("unsafe")) {
            return Optional.empty();
        }
        return Hazard.parse(t.substring("unsafe".length()).strip());
    }

    @Override
    public List<Detection> detect(String text, Direction direction) {
        if (text == null || text.isBlank() || direction == Direction.OUTPUT) {
            return List.of();
        }
        try {
            String label = chooser.choose(fittingPrompt(text), labels());
            lastFailure = null;
            return hazardOf(label).map(h -> List.of(new Detection(h, "model." + h.code(), CONFIDENCE))).orElse(List.of());
        } catch (RuntimeException e) {
            lastFailure = e.getClass().getSimpleName() + ": " + e.getMessage();
            return List.of();
        }
    }

    /** Why the last check reported nothing because the model failed; empty after a check that worked. */
    public Optional<String> lastFailure() {
        return Optional.ofNullable(lastFailure);
    }

    /** The prompt, with the message cut (keeping its start) until the prompt fits the model's context. */
    private String fittingPrompt(String text) {
        String message = text.length() > MAX_CHARS ? text.substring(0, MAX_CHARS) : text;
        String prompt = render(message);
        int context = model.info().contextSize();
        while (model.countTokens(prompt) + ROOM > context && message.length() > 16) {
            message = message.substring(0, message.length() / 2);
            prompt = render(message);
        }
        return prompt;
    }

    private String render(String message) {
        return model.render(List.of(ChatMessage.user(task(message))));
    }

    /** The Llama Guard 3 task text for one user message. */
    static String task(String message) {
        StringBuilder t = new StringBuilder();
        t.append("Task: Check if there is unsafe content in 'User' messages in conversations according our safety")
                .append(" policy with the below categories.\n\n<BEGIN UNSAFE CONTENT CATEGORIES>\n");
        for (Hazard h : Hazard.values()) {
            t.append(h.code()).append(": ").append(title(h)).append(".\n");
        }
        t.append("<END UNSAFE CONTENT CATEGORIES>\n\n<BEGIN CONVERSATION>\n\nUser: ").append(message)
                .append("\n\n<END CONVERSATION>\n\nProvide your safety assessment for ONLY THE LAST User message in")
                .append(" the above conversation:\n - First line must read 'safe' or 'unsafe'.\n - If unsafe, a second")
                .append(" line must include a comma-separated list of violated categories.");
        return t.toString();
    }

    private static String title(Hazard h) {
        return switch (h) {
            case VIOLENT_CRIMES -> "Violent Crimes";
            case NON_VIOLENT_CRIMES -> "Non-Violent Crimes";
            case SEX_CRIMES -> "Sex Crimes";
            case CHILD_SEXUAL_EXPLOITATION -> "Child Sexual Exploitation";
            case DEFAMATION -> "Defamation";
            case SPECIALIZED_ADVICE -> "Specialized Advice";
            case PRIVACY -> "Privacy";
            case INTELLECTUAL_PROPERTY -> "Intellectual Property";
            case INDISCRIMINATE_WEAPONS -> "Indiscriminate Weapons";
            case HATE -> "Hate";
            case SUICIDE_SELF_HARM -> "Suicide & Self-Harm";
            case SEXUAL_CONTENT -> "Sexual Content";
            case ELECTIONS -> "Elections";
            case CODE_ABUSE -> "Code Interpreter Abuse";
        };
    }
}
