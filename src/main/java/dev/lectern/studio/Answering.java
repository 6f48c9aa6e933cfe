package dev.lectern.studio;

import dev.lectern.generation.ModelAvailability;
import java.util.List;
import java.util.function.Predicate;
import org.springframework.ai.chat.client.ChatClient;
import org.springframework.ai.chat.model.ChatModel;
import org.springframework.stereotype.Component;

/**
 * Has the language model answer from numbered sources, then reads its citations. A refusal by the model, or
 * no sources at all, gives the answer that the documents do not answer this.
 */
@Component
class Answering {

    static final String NOT_ANSWERED = "The documents do not answer this question.";

    private final ChatModel model;
    private final ChatClient chat;
    private final AnswerPrompt prompts;

    Answering(ChatModel model, AnswerPrompt prompts) {
        this.model = model;
        this.chat = ChatClient.create(model);
        this.prompts = prompts;
    }

    /** Answers whole (onText null) or streaming each piece to onText, which returns false to stop. */
    Answer generate(
            PromptSet templates,
            String question,
            List<Exchange> history,
            List<Source> sources,
            Predicate<String> onText) {
        if (sources.isEmpty()) {
            return notAnswered(AnswerMode.GENERATIVE, sources, onText);
        }
        ModelAvailability.require(model);
        var prompt = prompts.build(templates, question, history, sources);
        String text;
        if (onText == null) {
            text = chat.prompt(prompt).call().content();
        } else {
            StringBuilder written = new StringBuilder();
            RefusalGate gate = new RefusalGate(piece -> onText.test(piece));
            chat.prompt(prompt).stream()
                    .content()
                    .doOnNext(written::append)
                    .takeWhile(gate::accept)
                    .blockLast();
            gate.finish();
            if (gate.refused()) {
                return notAnswered(AnswerMode.GENERATIVE, sources, onText);
            }
            text = written.toString();
        }
        if (text == null || text.contains(AnswerPrompt.REFUSAL_MARKER) || text.isBlank()) {
            return notAnswered(AnswerMode.GENERATIVE, sources, onText == null ? null : piece -> true);
        }
        var parsed = Citations.parse(text, sources);
        return new Answer(
                null,
                AnswerMode.GENERATIVE,
                true,
                parsed.text(),
                parsed.sentences(),
                parsed.citations(),
                parsed.invalid(),
                retrieved(sources));
    }

    static Answer notAnswered(AnswerMode mode, List<Source> sources, Predicate<String> onText) {
        if (onText != null) {
            onText.test(NOT_ANSWERED);
        }
        return new Answer(null, mode, false, NOT_ANSWERED, List.of(), List.of(), List.of(), retrieved(sources));
    }

    static List<Citation> retrieved(List<Source> sources) {
        return sources.stream().map(Citation::of).toList();
    }
}
