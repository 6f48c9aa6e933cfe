package dev.lectern.generation.llamacpp;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class PromptFitTests {

    @Test
    void keepsAPromptThatFits() {
        int[] tokens = IntStream.range(0, 100).toArray();

        assertThat(PromptFit.fit(tokens, 200)).isSameAs(tokens);
    }

    @Test
    void keepsTheFirstQuarterAndTheEndOfALongPrompt() {
        int[] tokens = IntStream.range(0, 1000).toArray();

        int[] kept = PromptFit.fit(tokens, 108);

        assertThat(kept).hasSize(100);
        assertThat(kept[0]).isZero();
        assertThat(kept[24]).isEqualTo(24);
        assertThat(kept[25]).isEqualTo(925);
        assertThat(kept[99]).isEqualTo(999);
    }
}
