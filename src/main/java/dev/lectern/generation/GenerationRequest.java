package dev.lectern.generation;

/**
 * What to generate.
 *
 * @param prompt the text the model continues
 * @param maxTokens the most tokens to generate
 */
public record GenerationRequest(String prompt, int maxTokens) {

    public GenerationRequest {
        if (prompt == null || prompt.isEmpty()) {
            throw new IllegalArgumentException("A generation request needs a prompt");
        }
        if (maxTokens < 1) {
            throw new IllegalArgumentException("maxTokens must be positive");
        }
    }
}
