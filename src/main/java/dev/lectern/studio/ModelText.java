package dev.lectern.studio;

import java.util.function.Predicate;
import org.springframework.ai.chat.client.ChatClient;
import org.springframework.ai.chat.prompt.Prompt;

/** One model call, whole or streamed piece by piece to a listener that returns false to stop it. */
final class ModelText {

    private ModelText() {}

    /** @param onText null for a whole reply; otherwise each piece as the model writes it */
    static String write(ChatClient chat, Prompt prompt, Predicate<String> onText) {
        if (onText == null) {
            String text = chat.prompt(prompt).call().content();
            return text == null ? "" : text;
        }
        StringBuilder written = new StringBuilder();
        chat.prompt(prompt).stream()
                .content()
                .doOnNext(written::append)
                .takeWhile(onText)
                .blockLast();
        return written.toString();
    }
}
