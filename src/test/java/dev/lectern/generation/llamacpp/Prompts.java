package dev.lectern.generation.llamacpp;

import de.kherud.llama.LlamaModel;
import java.util.Arrays;

/** Prompts of an exact token length, different per seed so that the prefix cache does not hit by accident. */
final class Prompts {

    private final LlamaModel model;
    private final boolean english;

    Prompts(LlamaModel model, boolean english) {
        this.model = model;
        this.english = english;
    }

    String of(int tokens, String seed) {
        StringBuilder text = new StringBuilder();
        int salt = Math.abs(seed.hashCode());
        String[] words = {"Lily", "went", "to", "the", "park", "with", "her", "dog", "and", "they", "played"};
        for (int i = 0; text.length() < tokens * 8; i++) {
            text.append(english ? words[(salt + i * 7) % words.length] : "w" + ((salt + i * 31) % 150_000))
                    .append(' ');
        }
        int[] encoded = model.encode(text.toString());
        return model.decode(Arrays.copyOf(encoded, Math.min(tokens, encoded.length)));
    }
}
