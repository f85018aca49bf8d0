package dev.ambit.engine.inference;

import java.util.List;

/**
 * A readable transcript format for models that carry no chat template (base models such as the tiny test
 * model). The stop string keeps the model from writing the user's next turn.
 */
final class PlainChatTemplate {
    static final List<String> STOP_STRINGS = List.of("\nUser:");

    private PlainChatTemplate() {}

    static String render(List<ChatMessage> messages) {
        StringBuilder sb = new StringBuilder();
        for (ChatMessage m : messages) {
            switch (m.role()) {
                case SYSTEM -> sb.append(m.text().strip()).append("\n\n");
                case USER -> sb.append("User: ").append(m.text().strip()).append('\n');
                case ASSISTANT -> sb.append("Assistant: ").append(m.text().strip()).append('\n');
            }
        }
        return sb.append("Assistant:").toString();
    }
}
