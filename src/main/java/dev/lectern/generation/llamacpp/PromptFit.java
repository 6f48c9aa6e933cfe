package dev.lectern.generation.llamacpp;

import java.util.Arrays;

/**
 * The documented rule for prompts longer than the context: keep the first quarter of the room (the system
 * prompt and instructions) and the last three quarters (the question and the newest text), drop the middle.
 * llama.cpp would otherwise shift or fail; this way the model always sees its instructions and the ask.
 */
final class PromptFit {

    // re-encoding the cut text can merge tokens differently; this margin absorbs it
    static final int MARGIN = 8;

    private PromptFit() {}

    /** The tokens to keep of a prompt, given the room left after the tokens to generate. */
    static int[] fit(int[] tokens, int room) {
        int budget = Math.max(1, room - MARGIN);
        if (tokens.length <= budget) {
            return tokens;
        }
        int head = budget / 4;
        int tail = budget - head;
        int[] kept = Arrays.copyOf(tokens, budget);
        System.arraycopy(tokens, tokens.length - tail, kept, head, tail);
        return kept;
    }
}
