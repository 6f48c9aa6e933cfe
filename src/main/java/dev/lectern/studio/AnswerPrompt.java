package dev.lectern.studio;

import dev.lectern.generation.LecternChatOptions;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.springframework.ai.chat.messages.AssistantMessage;
import org.springframework.ai.chat.messages.Message;
import org.springframework.ai.chat.messages.SystemMessage;
import org.springframework.ai.chat.messages.UserMessage;
import org.springframework.ai.chat.prompt.Prompt;
import org.springframework.stereotype.Component;

/** Builds the prompt of a grounded answer: rules, earlier exchanges, then the numbered sources and the question. */
@Component
class AnswerPrompt {

    /** What the model is told to write, alone, when the sources do not answer the question. */
    static final String REFUSAL_MARKER = "NOT_IN_DOCUMENTS";

    private final StudioSettings settings;

    AnswerPrompt(StudioSettings settings) {
        this.settings = settings;
    }

    Prompt build(PromptSet templates, String question, List<Exchange> history, List<Source> sources) {
        List<Message> messages = new ArrayList<>();
        messages.add(new SystemMessage(templates.render("answer-system", Map.of("refusal", REFUSAL_MARKER))));
        for (Exchange exchange : history) {
            messages.add(new UserMessage(exchange.question()));
            messages.add(new AssistantMessage(exchange.answer()));
        }
        messages.add(new UserMessage(templates.render(
                "answer-user", Map.of("sources", SourceBlock.render(sources), "question", question.strip()))));
        // a low temperature: the answer should restate the sources, not invent
        var options = LecternChatOptions.builder()
                .maxTokens(settings.answerMaxTokens())
                .temperature(0.2)
                .build();
        return new Prompt(messages, options);
    }
}
