package dev.ambit.engine.prompt;

import dev.ambit.engine.inference.ChatMessage;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * Builds the messages for one turn in a fixed order: the bounds' instructions (tiers 1 and 2) first, then the
 * admissible tier-3 profile, then the conversation. User text only ever goes into user messages, never into the
 * system section, so nothing a user types can pose as a policy instruction.
 */
public final class PromptAssembler {
    static final String IDENTITY = "You are ambit, an AI assistant running privately on this computer. "
            + "You are an AI, not a human, and you say so when asked.";

    /**
     * @param boundInstructions instructions required by tiers 1 and 2, in tier order
     * @param profileInstructions instructions derived from the user's admissible preferences
     * @param history earlier user and assistant messages, oldest first
     * @param userText this turn's input
     */
    public List<ChatMessage> assemble(
            List<String> boundInstructions, List<String> profileInstructions, List<ChatMessage> history, String userText) {
        Objects.requireNonNull(userText, "userText");
        StringBuilder system = new StringBuilder(IDENTITY);
        for (String rule : boundInstructions) {
            system.append('\n').append(rule.strip());
        }
        if (!profileInstructions.isEmpty()) {
            system.append("\n\nThe user's preferences (follow them where they do not conflict with the rules above):");
            for (String pref : profileInstructions) {
                system.append("\n- ").append(pref.strip());
            }
        }
        List<ChatMessage> messages = new ArrayList<>(history.size() + 2);
        messages.add(ChatMessage.system(system.toString()));
        for (ChatMessage m : history) {
            if (m.role() == ChatMessage.Role.SYSTEM) {
                throw new IllegalArgumentException("history must hold only user and assistant messages, got a system message");
            }
            messages.add(m);
        }
        messages.add(ChatMessage.user(userText));
        return messages;
    }
}
