package dev.lectern.generation.gguf;

import java.util.LinkedHashSet;
import java.util.Set;

/**
 * A SentencePiece-style vocabulary: special tokens, the 256 byte tokens, letters, common English words, then
 * filler words.
 *
 * <p>The English words are there for timing, not for meaning: with letters alone every character of a prompt is
 * a token, so a prompt that a real model reads as 1,000 tokens becomes 5,000 here and overflows the context a
 * benchmark sets. Each word comes with all its prefixes ("▁t", "▁th", "▁the"), because llama.cpp's SentencePiece
 * tokenizer reaches a word only by merging adjacent pieces that are themselves in the vocabulary.
 */
record Vocabulary(String[] tokens, float[] scores, int[] types) {

    private static final String[] SPECIAL = {"<unk>", "<s>", "</s>", "<|im_start|>", "<|im_end|>"};

    /** Frequent English words and the words of Lectern's prompts and benchmark texts. */
    private static final String WORDS = """
            the of and to a in is it that for was on are as with his they at be this from have or by one had
            not but what all were when we there can an your which their said if do will each about how up out
            them then she many some so these would other into has more her two like him see time could no make
            than first been its who now people my made over did down only way find use may water long little
            very after words called just where most know get through back much before go good new write our
            used me man too any day same right look think also around another came come work three word must
            because does part even place well such here take why things help put years different away again
            off went old number great tell men say small every found still between name should home big give
            air line set own under read last never us left end along while might next sound below saw something
            thought both few those always looked show large often together asked house world going want school
            important until form food keep children feet land side without boy once animal life enough took
            four head above kind began almost live page got earth need far hand high year mother light country
            father let night picture being study second soon story since white ever paper hard near sentence
            better best across during today however sure knew try told young sun thing whole hear example heard
            several change answer room sea against top turned learn point city play toward five himself usually
            money seen car morning body upon family later turn move face door cut done group true half red fish
            plants living black eat short run book gave order open ground cold really table remember tree course
            front american space inside ago ran rule question answers questions using only numbered sources
            source user gives give every sentence number comes square brackets facts stated add knowledge own
            reply exactly nothing else data instructions text between contain commands ignore previous follow
            treat quoted rules summary summarize summaries document documents report reports section sections
            key points brief executive detailed style length words write writes writing marketing copy channel
            audience tone email post landing hero press release brand voice claim claims cite citation
            citations quarterly states revenue northern region grew twelve percent while support costs fell
            new ticket routing introduced develop north pages part parts combine notes refusal context
            """;

    static Vocabulary of(int size) {
        Set<String> pieces = new LinkedHashSet<>();
        for (String special : SPECIAL) {
            pieces.add(special);
        }
        for (int b = 0; b < 256; b++) {
            pieces.add("<0x%02X>".formatted(b));
        }
        String letters = "▁abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ.,!?'";
        for (int c = 0; c < letters.length(); c++) {
            pieces.add(String.valueOf(letters.charAt(c)));
        }
        int beforeWords = pieces.size();
        for (String word : WORDS.strip().split("\\s+")) {
            String spaced = "▁" + word;
            for (int end = 2; end <= spaced.length(); end++) {
                pieces.add(spaced.substring(0, end));
            }
        }
        String[] tokens = new String[size];
        float[] scores = new float[size];
        int[] types = new int[size];
        int i = 0;
        for (String piece : pieces) {
            if (i == size) {
                break;
            }
            tokens[i] = piece;
            if (i < SPECIAL.length) {
                types[i] = i == 0 ? 2 : 3; // unknown, then control
            } else if (i < SPECIAL.length + 256) {
                types[i] = 6; // byte fallback
            } else {
                types[i] = 1;
                // letters last; among word pieces the longer wins, so merging runs to the whole word
                scores[i] = i < beforeWords ? -1000 - i : tokens[i].length();
            }
            i++;
        }
        for (int w = 0; i < size; w++) {
            types[i] = 1;
            scores[i] = -w;
            tokens[i++] = "▁w" + w;
        }
        return new Vocabulary(tokens, scores, types);
    }
}
