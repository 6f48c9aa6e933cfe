package dev.lectern.generation.llamacpp;

import dev.lectern.generation.ChatTurn;
import dev.lectern.generation.GenerationOptions;
import dev.lectern.generation.GenerationRequest;
import dev.lectern.generation.GeneratorStatus;
import dev.lectern.generation.GeneratorUnavailable;
import dev.lectern.generation.LecternChatOptions;
import dev.lectern.generation.ModelAvailability;
import dev.lectern.generation.TextGenerator;
import dev.lectern.shared.RequestMeter;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;
import org.springframework.ai.chat.messages.AssistantMessage;
import org.springframework.ai.chat.messages.Message;
import org.springframework.ai.chat.metadata.ChatGenerationMetadata;
import org.springframework.ai.chat.model.ChatModel;
import org.springframework.ai.chat.model.ChatResponse;
import org.springframework.ai.chat.model.Generation;
import org.springframework.ai.chat.prompt.ChatOptions;
import org.springframework.ai.chat.prompt.Prompt;
import reactor.core.publisher.Flux;
import reactor.core.publisher.FluxSink;

/**
 * The in-process model as a Spring AI {@link ChatModel}, so that use cases talk to it through
 * {@code ChatClient}. The prompt gets the model's own chat template; the options map to llama.cpp sampling.
 */
public class LlamaCppChatModel implements ChatModel, ModelAvailability {

    private final TextGenerator generator;
    private final int defaultMaxTokens;

    public LlamaCppChatModel(TextGenerator generator, int defaultMaxTokens) {
        this.generator = generator;
        this.defaultMaxTokens = defaultMaxTokens;
    }

    @Override
    public void requireAvailable() {
        GeneratorStatus status = generator.status();
        if (status.state() != GeneratorStatus.State.READY) {
            throw GeneratorUnavailable.of(status);
        }
    }

    @Override
    public ChatResponse call(Prompt prompt) {
        return response(generator.generate(request(prompt)), "STOP");
    }

    /** Streams pieces as the model writes them; cancelling the subscription frees the model's slot at once. */
    @Override
    public Flux<ChatResponse> stream(Prompt prompt) {
        GenerationRequest request = request(prompt);
        // the request's meter, taken where the stream is asked for: Spring AI may subscribe on its own threads
        RequestMeter meter = RequestMeter.current();
        return Flux.create(sink -> {
            AtomicBoolean open = new AtomicBoolean(true);
            sink.onDispose(() -> open.set(false));
            Thread.ofVirtual().name("chat-stream").start(meter.bind(() -> emit(request, sink, open)));
        });
    }

    private void emit(GenerationRequest request, FluxSink<ChatResponse> sink, AtomicBoolean open) {
        try {
            generator.stream(request, piece -> {
                if (!open.get()) {
                    return false;
                }
                sink.next(response(piece, null));
                return true;
            });
            sink.complete();
        } catch (RuntimeException e) {
            sink.error(e);
        }
    }

    /** ChatClient starts from these and combines the request's options into them. */
    @Override
    public ChatOptions getOptions() {
        return getDefaultOptions();
    }

    @Override
    public ChatOptions getDefaultOptions() {
        return LecternChatOptions.builder().maxTokens(defaultMaxTokens).build();
    }

    private GenerationRequest request(Prompt prompt) {
        generator.requireReady();
        List<ChatTurn> turns =
                prompt.getInstructions().stream().map(LlamaCppChatModel::turn).toList();
        return new GenerationRequest(generator.chatPrompt(turns), options(prompt.getOptions()));
    }

    private static ChatTurn turn(Message message) {
        String role = message.getMessageType().getValue();
        // tool results are plain context for a model without tool calling
        return new ChatTurn(role.equals("tool") ? "user" : role, message.getText());
    }

    private GenerationOptions options(ChatOptions options) {
        if (options == null) {
            return GenerationOptions.maxTokens(defaultMaxTokens);
        }
        LecternChatOptions extras = options instanceof LecternChatOptions lectern ? lectern : null;
        return new GenerationOptions(
                options.getMaxTokens() == null ? defaultMaxTokens : options.getMaxTokens(),
                options.getTemperature(),
                options.getTopP(),
                options.getTopK(),
                extras == null ? null : extras.getRepeatPenalty(),
                extras == null ? null : extras.getSeed(),
                options.getStopSequences(),
                extras == null ? null : extras.getJsonSchema(),
                false);
    }

    private static ChatResponse response(String text, String finishReason) {
        ChatGenerationMetadata metadata = finishReason == null
                ? ChatGenerationMetadata.NULL
                : ChatGenerationMetadata.builder().finishReason(finishReason).build();
        return new ChatResponse(List.of(new Generation(new AssistantMessage(text), metadata)));
    }
}
