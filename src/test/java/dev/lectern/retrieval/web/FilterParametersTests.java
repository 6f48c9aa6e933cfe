package dev.lectern.retrieval.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.lectern.documents.DocumentId;
import dev.lectern.retrieval.SearchFilter;
import dev.lectern.shared.LecternProblem;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class FilterParametersTests {

    static final UUID WORKSPACE = UUID.randomUUID();

    @Test
    void readsCommaSeparatedAndRepeatedValues() {
        UUID a = UUID.randomUUID(), b = UUID.randomUUID();

        SearchFilter filter = FilterParameters.filter(
                WORKSPACE,
                List.of(a + "," + b),
                List.of("pdf, DOCX", "text/html"),
                List.of("Finance", "hr"),
                null,
                null);

        assertThat(filter.documentIds()).containsExactlyInAnyOrder(new DocumentId(a), new DocumentId(b));
        assertThat(filter.mediaTypes())
                .containsExactlyInAnyOrder(
                        "application/pdf",
                        "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
                        "text/html");
        assertThat(filter.tags()).containsExactlyInAnyOrder("finance", "hr");
    }

    @Test
    void aDateCoversTheWholeUtcDayAndATimeIsExact() {
        SearchFilter days = FilterParameters.filter(WORKSPACE, null, null, null, "2025-01-01", "2025-01-31");
        SearchFilter times = FilterParameters.filter(
                WORKSPACE, null, null, null, "2025-01-01T10:00:00+02:00", "2025-01-02T00:00:00Z");

        assertThat(days.from()).isEqualTo(Instant.parse("2025-01-01T00:00:00Z"));
        assertThat(days.to()).isEqualTo(Instant.parse("2025-01-31T23:59:59.999Z"));
        assertThat(times.from()).isEqualTo(Instant.parse("2025-01-01T08:00:00Z"));
        assertThat(times.to()).isEqualTo(Instant.parse("2025-01-02T00:00:00Z"));
    }

    @Test
    void saysWhatIsWrongWithAnInvalidValue() {
        assertThatThrownBy(() -> FilterParameters.filter(WORKSPACE, List.of("42"), null, null, null, null))
                .isInstanceOf(LecternProblem.class)
                .hasMessageContaining("'42' in 'documentIds' is not a document id");
        assertThatThrownBy(() -> FilterParameters.filter(WORKSPACE, null, List.of("wordperfect"), null, null, null))
                .hasMessageContaining("'wordperfect' is not a document type")
                .hasMessageContaining("docx");
        assertThatThrownBy(() -> FilterParameters.filter(WORKSPACE, null, null, List.of("a;b"), null, null))
                .hasMessageContaining("'a;b' is not a valid tag");
        assertThatThrownBy(() -> FilterParameters.filter(WORKSPACE, null, null, null, "yesterday", null))
                .hasMessageContaining("'yesterday' in 'from' is not a date");
        assertThatThrownBy(() -> FilterParameters.filter(WORKSPACE, null, null, null, "2025-02-01", "2025-01-01"))
                .hasMessageContaining("'from' (2025-02-01) is after 'to' (2025-01-01)");
    }
}
