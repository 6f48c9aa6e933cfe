package dev.lectern.retrieval;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.lectern.shared.LecternProblem;
import org.junit.jupiter.api.Test;

class ResultShapingTests {

    @Test
    void fetchesMoreCandidatesOnlyForStepsThatDropResults() {
        assertThat(ResultShaping.NONE.candidates(10)).isEqualTo(10);
        assertThat(new ResultShaping(null, 2, false, 0.5).candidates(10)).isEqualTo(10);
        assertThat(ResultShaping.DEFAULT.candidates(10)).isEqualTo(20);
        assertThat(new ResultShaping(0.3, 0, false, null).candidates(5)).isEqualTo(40);
        assertThat(new ResultShaping(0.3, 0, false, null).candidates(20)).isEqualTo(80);
    }

    @Test
    void rejectsValuesOutOfRangeWithAClearMessage() {
        assertThatThrownBy(() -> new ResultShaping(1.5, 0, true, null))
                .isInstanceOf(LecternProblem.class)
                .hasMessageContaining("'diversity' must be between 0 and 1");
        assertThatThrownBy(() -> new ResultShaping(null, 6, true, null))
                .hasMessageContaining("'neighbours' must be between 0 and 5");
        assertThatThrownBy(() -> new ResultShaping(null, -1, true, null)).isInstanceOf(LecternProblem.class);
        assertThatThrownBy(() -> new ResultShaping(Double.NaN, 0, true, null)).isInstanceOf(LecternProblem.class);
        assertThatThrownBy(() -> new ResultShaping(null, 0, true, Double.NaN)).isInstanceOf(LecternProblem.class);
    }
}
