package dev.lectern.openai.web;

import dev.lectern.generation.GenerationOptions;
import dev.lectern.generation.GenerationRequest;
import dev.lectern.generation.GenerationSettings;
import dev.lectern.generation.TextGenerator;
import java.util.concurrent.atomic.AtomicInteger;
import org.springframework.stereotype.Component;

/** Chat completions from the language model alone: the conversation in the model's chat template. */
@Component
class GeneratorCompletions {

    private final TextGenerator generator;
    private final GenerationSettings settings;

    GeneratorCompletions(TextGenerator generator, GenerationSettings settings) {
        this.generator = generator;
        this.settings = settings;
    }

    PreparedCompletion prepare(ChatCompletionRequest body) {
        var turns = ChatRequests.turns(body);
        GenerationOptions options = ChatRequests.options(body, settings.defaultMaxTokens(), settings.maxTokensLimit());
        generator.requireReady();
        String prompt = generator.chatPrompt(turns);
        int promptTokens = generator.countTokens(prompt);
        GenerationRequest request = new GenerationRequest(prompt, options);
        return onText -> {
            StringBuilder text = new StringBuilder();
            AtomicInteger pieces = new AtomicInteger(); // llama.cpp hands over one token per piece
            generator.stream(request, piece -> {
                pieces.incrementAndGet();
                text.append(piece);
                return onText.test(piece);
            });
            // the engine does not say why it stopped; a full budget is the one sign of a cut
            String finish = pieces.get() >= options.maxTokens() ? "length" : "stop";
            return new Completed(text.toString(), finish, ChatCompletions.Usage.of(promptTokens, pieces.get()), null);
        };
    }
}
