package dev.lectern.generation;

import java.util.List;

/**
 * How to sample; a null leaves llama.cpp's default.
 *
 * @param maxTokens the most tokens to generate
 * @param temperature randomness, 0 for greedy
 * @param topP nucleus sampling mass
 * @param topK candidates kept per step
 * @param repeatPenalty penalty on recently generated tokens (1 = none)
 * @param seed sampler seed, for repeatable output
 * @param stop sequences that end the output (not included in it)
 * @param jsonSchema a JSON schema the output must conform to (enforced by a grammar)
 * @param ignoreEos keep generating past the end-of-text token (benchmarks)
 */
public record GenerationOptions(
        int maxTokens,
        Double temperature,
        Double topP,
        Integer topK,
        Double repeatPenalty,
        Integer seed,
        List<String> stop,
        String jsonSchema,
        boolean ignoreEos) {

    public GenerationOptions {
        check(maxTokens >= 1, "maxTokens must be at least 1");
        check(temperature == null || (temperature >= 0 && temperature <= 5), "temperature must be between 0 and 5");
        check(topP == null || (topP > 0 && topP <= 1), "topP must be above 0 and at most 1");
        check(topK == null || (topK >= 0 && topK <= 1000), "topK must be between 0 and 1000");
        check(
                repeatPenalty == null || (repeatPenalty >= 0.5 && repeatPenalty <= 3),
                "repeatPenalty must be between 0.5 and 3");
        stop = stop == null ? List.of() : List.copyOf(stop);
        check(stop.size() <= 16 && stop.stream().noneMatch(String::isEmpty), "at most 16 non-empty stop sequences");
    }

    public static GenerationOptions maxTokens(int maxTokens) {
        return new GenerationOptions(maxTokens, null, null, null, null, null, List.of(), null, false);
    }

    public GenerationOptions withMaxTokens(int tokens) {
        return new GenerationOptions(tokens, temperature, topP, topK, repeatPenalty, seed, stop, jsonSchema, ignoreEos);
    }

    private static void check(boolean valid, String message) {
        if (!valid) {
            throw new IllegalArgumentException(message);
        }
    }
}
