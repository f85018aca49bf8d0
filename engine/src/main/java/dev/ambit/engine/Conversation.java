package dev.ambit.engine;

import dev.ambit.engine.inference.ChatMessage;
import dev.ambit.engine.inference.Generation;
import dev.ambit.engine.inference.LocalModel;
import dev.ambit.engine.inference.TokenSink;
import dev.ambit.engine.policy.Action;
import dev.ambit.engine.policy.Guard;
import dev.ambit.engine.policy.Requirement;
import dev.ambit.engine.policy.Verdict;
import dev.ambit.engine.prompt.PromptAssembler;
import java.util.ArrayList;
import java.util.List;

/**
 * A sequence of turns with one model. Each turn: validate input, judge it against the bounds (a refused or
 * redirected input never reaches the model), assemble the prompt with the bounds' instructions first, stream
 * the reply through the output guard (which stops it as soon as it crosses a bound), keep the exchange as
 * history for the next turn. Not thread-safe.
 */
public final class Conversation {
    private final LocalModel model;
    private final PromptAssembler assembler;
    private final Guard guard;
    private final List<String> boundInstructions;
    private final List<ChatMessage> history = new ArrayList<>();
    private final String profileStatus;

    Conversation(LocalModel model, PromptAssembler assembler, Guard guard, String profileStatus) {
        this.model = model;
        this.assembler = assembler;
        this.guard = guard;
        this.boundInstructions = guard.policy().instructions().stream().map(Requirement::text).toList();
        this.profileStatus = profileStatus;
    }

    /**
     * Answers one user message.
     *
     * @throws InvalidInputException for an empty input or one that does not fit the model's context
     */
    public Reply send(String userText, TurnOptions options, TokenSink sink) {
        if (userText == null || userText.isBlank()) {
            throw new InvalidInputException("the input is empty: type a message");
        }
        String text = userText.strip();
        Verdict input = guard.input(text);
        if (input.blocks()) {
            // Not even kept as history: the model must never see a refused input.
            return new Reply(input.message(), input, List.of(), model.info().name(), null, profileStatus);
        }
        List<ChatMessage> messages = assembler.assemble(boundInstructions, List.of(), fittingHistory(text, options), text);
        String prompt = model.render(messages);
        Guard.OutputWatch watch = guard.watch(sink);
        Generation generation = model.generate(prompt, options.sampling(), watch);
        Verdict verdict = Guard.combine(input, watch.verdict());
        String reply;
        if (verdict.blocks()) {
            reply = verdict.message();
        } else if (verdict.action() == Action.CAVEAT && !verdict.message().isBlank()) {
            reply = (generation.text().strip() + "\n\n" + verdict.message()).strip();
        } else {
            reply = generation.text().strip();
        }
        history.add(ChatMessage.user(text));
        history.add(ChatMessage.assistant(reply));
        return new Reply(reply, verdict, List.of(), model.info().name(), generation, profileStatus);
    }

    /** The exact prompt that {@link #send} would give the model for this input now (benchmarks use it). */
    public String renderedPrompt(String userText) {
        String text = userText.strip();
        return model.render(assembler.assemble(boundInstructions, List.of(), history, text));
    }

    /** Forgets the earlier turns; the next message starts afresh. */
    public void clear() {
        history.clear();
    }

    public int turns() {
        return history.size() / 2;
    }

    /** Drops the oldest exchanges until the history, this input and the reply budget fit the context. */
    private List<ChatMessage> fittingHistory(String text, TurnOptions options) {
        int limit = model.info().contextSize() - Math.min(options.sampling().maxTokens(), model.info().contextSize() / 2);
        List<ChatMessage> kept = new ArrayList<>(history);
        while (!kept.isEmpty()) {
            String prompt = model.render(assembler.assemble(boundInstructions, List.of(), kept, text));
            if (model.countTokens(prompt) < limit) {
                break;
            }
            kept.remove(0);
            kept.remove(0);
        }
        return kept;
    }
}
