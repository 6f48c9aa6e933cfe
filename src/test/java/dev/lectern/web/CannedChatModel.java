package dev.lectern.web;

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
        return response(REPLY);
    }

    @Override
    public Flux<ChatResponse> stream(Prompt prompt) {
        return Flux.fromArray(REPLY.split("(?<= )")).map(CannedChatModel::response);
    }

    private static ChatResponse response(String text) {
        return new ChatResponse(List.of(new Generation(new AssistantMessage(text))));
    }
}
