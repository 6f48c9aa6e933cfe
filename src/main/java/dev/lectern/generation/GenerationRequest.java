package dev.lectern.generation;

/**
 * What to generate.
 *
 * @param prompt the text the model continues (chat prompts arrive here with their template applied)
 * @param options how to sample and when to stop
 */
public record GenerationRequest(String prompt, GenerationOptions options) {

    public GenerationRequest {
        if (prompt == null || prompt.isEmpty()) {
            throw new IllegalArgumentException("A generation request needs a prompt");
        }
        if (options == null) {
            throw new IllegalArgumentException("A generation request needs options");
        }
    }

    public GenerationRequest(String prompt, int maxTokens) {
        this(prompt, GenerationOptions.maxTokens(maxTokens));
    }

    public int maxTokens() {
        return options.maxTokens();
    }
}
