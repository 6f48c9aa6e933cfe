package dev.lectern.web;

import dev.lectern.shared.RequestMeter;
import java.util.List;
import org.springframework.ai.chat.messages.AssistantMessage;
import org.springframework.ai.chat.model.ChatModel;
import org.springframework.ai.chat.model.ChatResponse;
import org.springframework.ai.chat.model.Generation;
import org.springframework.ai.chat.prompt.Prompt;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;
import reactor.core.publisher.Flux;

/**
 * A stand-in language model for the browser tests: the same short reply to every prompt, citing source 1 in
 * its first sentence and nothing in its second, streamed word by word. The journeys then exercise streaming,
 * citation chips and the marking of unsupported sentences without a model file.
 */
@TestConfiguration
class CannedChatModel implements ChatModel {

    static final String REPLY = "The documents describe this in their first passage [1]. Nothing backs this remark.";

    @Bean
    @Primary
    ChatModel cannedChatModel() {
        return new CannedChatModel();
    }

    @Override
    public ChatResponse call(Prompt prompt) {
        meter(prompt);
        return response(REPLY);
    }

    @Override
    public Flux<ChatResponse> stream(Prompt prompt) {
        meter(prompt);
        return Flux.fromArray(REPLY.split("(?<= )")).map(CannedChatModel::response);
    }

    /** Reports its use as the real model does (a word for a token), so that Admin > Usage has tokens to draw. */
    private static void meter(Prompt prompt) {
        String read = prompt.getInstructions().stream().map(m -> m.getText()).reduce("", String::concat);
        RequestMeter.current().addTokens(words(read), words(REPLY));
    }

    private static int words(String text) {
        return text.isBlank() ? 0 : text.strip().split("\\s+").length;
    }

    private static ChatResponse response(String text) {
        return new ChatResponse(List.of(new Generation(new AssistantMessage(text))));
    }
}
