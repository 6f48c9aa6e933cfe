package dev.lectern.generation;

import java.util.List;
import java.util.function.Predicate;

/** Writes text with the in-process language model. */
public interface TextGenerator {

    /** Generates the whole completion and returns it. */
    String generate(GenerationRequest request);

    /**
     * Generates and hands over each piece of text as soon as the model writes it. The listener returns
     * false to stop early (for example when the client went away); the model's slot is freed at once.
     */
    void stream(GenerationRequest request, Predicate<String> onText);

    GeneratorStatus status();

    /** Tokens of the text as the model reads it, for usage reports; needs a ready model. */
    int countTokens(String text);

    /**
     * Renders a conversation as the prompt the model was trained on. This default is ChatML, the fallback
     * when a model's file names no chat template.
     */
    default String chatPrompt(List<ChatTurn> turns) {
        StringBuilder prompt = new StringBuilder();
        for (ChatTurn turn : turns) {
            prompt.append("<|im_start|>")
                    .append(turn.role())
                    .append('\n')
                    .append(turn.content())
                    .append("<|im_end|>\n");
        }
        return prompt.append("<|im_start|>assistant\n").toString();
    }

    /** Fails with a 503 problem detail that says what to do, unless the model can generate now. */
    default void requireReady() {
        GeneratorStatus current = status();
        if (current.state() != GeneratorStatus.State.READY) {
            throw GeneratorUnavailable.of(current);
        }
    }
}
