package dev.lectern.generation.gguf;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

class VocabularyTests {

    @Test
    void everyTokenIsUniqueBecauseLlamaCppRefusesAVocabularyWithDuplicates() {
        String[] tokens = Vocabulary.of(ModelShape.QWEN25_05B.vocabulary()).tokens();

        assertThat(tokens).hasSize(151_936).doesNotHaveDuplicates().doesNotContainNull();
    }

    @Test
    void aWordComesWithEveryPrefixSoTheTokenizerCanMergeUpToIt() {
        List<String> tokens =
                Arrays.asList(Vocabulary.of(ModelShape.QWEN25_05B.vocabulary()).tokens());

        assertThat(tokens).contains("▁q", "▁qu", "▁qua", "▁quarterly", "▁revenue", "▁the");
    }

    @Test
    void longerPiecesScoreHigherThanTheirPrefixesAndAllPiecesAboveSingleLetters() {
        Vocabulary vocabulary = Vocabulary.of(ModelShape.QWEN25_05B.vocabulary());
        List<String> tokens = Arrays.asList(vocabulary.tokens());
        float letter = vocabulary.scores()[tokens.indexOf("t")];
        float prefix = vocabulary.scores()[tokens.indexOf("▁th")];
        float word = vocabulary.scores()[tokens.indexOf("▁the")];

        assertThat(word).isGreaterThan(prefix);
        assertThat(prefix).isGreaterThan(letter);
    }

    @Test
    void aSmallVocabularyIsCutAtItsSizeAndKeepsTheBytesAndLetters() {
        Vocabulary vocabulary = Vocabulary.of(ModelShape.TINY_LLAMA.vocabulary());

        assertThat(vocabulary.tokens()).hasSize(512).doesNotHaveDuplicates().contains("<0xFF>", "z", "'");
    }
}
