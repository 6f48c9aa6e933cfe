package dev.lectern.retrieval;

import static org.assertj.core.api.Assertions.assertThat;

import dev.lectern.embedding.TokenCounter;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class QueryTextTests {

    /** One token per word, a window of 10 words. */
    static final TokenCounter TEN_WORDS = new TokenCounter() {
        @Override
        public int countTokens(String text) {
            return text.isBlank() ? 0 : text.strip().split("\\s+").length;
        }

        @Override
        public int maxTokens() {
            return 10;
        }
    };

    @Test
    void keepsAQueryThatFitsAndReplacesControlCharacters() {
        var cleaned = new QueryText(TEN_WORDS, "").clean(" refund\u0000policy\tfor\nparts ");

        assertThat(cleaned.text()).isEqualTo("refund policy for parts");
        assertThat(cleaned.truncated()).isFalse();
    }

    @Test
    void cutsALongQueryAtAWordBoundaryLeavingRoomForTheInstruction() {
        String query = IntStream.range(0, 30).mapToObj(i -> "word" + i).collect(Collectors.joining(" "));

        var cleaned = new QueryText(TEN_WORDS, "search this: ").clean(query);

        // 10 tokens, 2 of them taken by the instruction
        assertThat(cleaned.text()).isEqualTo("word0 word1 word2 word3 word4 word5 word6 word7");
        assertThat(cleaned.truncated()).isTrue();
    }

    @Test
    void aQueryOfOnlyControlCharactersIsEmpty() {
        assertThat(new QueryText(TEN_WORDS, "").clean("\u0000\u0001 \t").text()).isEmpty();
    }
}
