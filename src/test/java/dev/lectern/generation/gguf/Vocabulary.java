package dev.lectern.generation.gguf;

/** A SentencePiece-style vocabulary: special tokens, the 256 byte tokens, letters, then filler words. */
record Vocabulary(String[] tokens, float[] scores, int[] types) {

    private static final String[] SPECIAL = {"<unk>", "<s>", "</s>", "<|im_start|>", "<|im_end|>"};

    static Vocabulary of(int size) {
        String[] tokens = new String[size];
        float[] scores = new float[size];
        int[] types = new int[size];
        int i = 0;
        for (String special : SPECIAL) {
            types[i] = i == 0 ? 2 : 3; // unknown, then control
            tokens[i++] = special;
        }
        for (int b = 0; b < 256; b++) {
            types[i] = 6; // byte fallback
            tokens[i++] = "<0x%02X>".formatted(b);
        }
        String letters = "▁abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ.,!?'";
        for (int c = 0; c < letters.length() && i < size; c++) {
            types[i] = 1;
            scores[i] = -1000 - c;
            tokens[i++] = String.valueOf(letters.charAt(c));
        }
        for (int w = 0; i < size; w++) {
            types[i] = 1;
            scores[i] = -w;
            tokens[i++] = "▁w" + w;
        }
        return new Vocabulary(tokens, scores, types);
    }
}
