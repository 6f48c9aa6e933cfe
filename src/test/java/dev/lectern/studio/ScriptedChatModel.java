package dev.lectern.studio;

import dev.lectern.generation.LecternChatOptions;
import dev.lectern.shared.RequestMeter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Deque;
import java.util.List;
import java.util.concurrent.ConcurrentLinkedDeque;
import org.springframework.ai.chat.messages.AssistantMessage;
import org.springframework.ai.chat.model.ChatModel;
import org.springframework.ai.chat.model.ChatResponse;
import org.springframework.ai.chat.model.Generation;
import org.springframework.ai.chat.prompt.ChatOptions;
import org.springframework.ai.chat.prompt.Prompt;
import reactor.core.publisher.Flux;

/** A deterministic ChatModel for tests: replies with scripted texts in order and keeps the prompts it got. */
public class ScriptedChatModel implements ChatModel {

    private final Deque<String> replies = new ConcurrentLinkedDeque<>();
    private final List<Prompt> prompts = new ArrayList<>();

    public ScriptedChatModel reply(String... texts) {
        replies.addAll(Arrays.asList(texts));
        return this;
    }

    /** Drops the replies not used, so that they cannot reach the next test sharing this model. */
    public void forgetReplies() {
        replies.clear();
    }

    public List<Prompt> prompts() {
        return prompts;
    }

    public Prompt lastPrompt() {
        return prompts.getLast();
    }

    /** Like the real model: ChatClient merges a request's options into these, keeping Lectern's extras. */
    @Override
    public ChatOptions getDefaultOptions() {
        return LecternChatOptions.builder().build();
    }

    @Override
    public ChatOptions getOptions() {
        return getDefaultOptions();
    }

    @Override
    public ChatResponse call(Prompt prompt) {
        return response(next(prompt));
    }

    /** Streams the reply word by word, as a model writes it. */
    @Override
    public Flux<ChatResponse> stream(Prompt prompt) {
        String reply = next(prompt);
        return Flux.fromArray(reply.split("(?<= )")).map(ScriptedChatModel::response);
    }

    private synchronized String next(Prompt prompt) {
        prompts.add(prompt);
        String reply = replies.poll();
        if (reply == null) {
            throw new IllegalStateException("No scripted reply left");
        }
        // reports its use like the real model does, a word for a token
        String read = prompt.getInstructions().stream().map(m -> m.getText()).reduce("", String::concat);
        RequestMeter.current().addTokens(words(read), words(reply));
        return reply;
    }

    private static int words(String text) {
        return text.isBlank() ? 0 : text.strip().split("\\s+").length;
    }

    private static ChatResponse response(String text) {
        return new ChatResponse(List.of(new Generation(new AssistantMessage(text))));
    }
}
