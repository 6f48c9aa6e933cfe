package dev.lectern.ingestion;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import dev.lectern.documents.DocumentId;
import dev.lectern.workspaces.WorkspaceId;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class ChunkTests {

    private static final DocumentId DOCUMENT = new DocumentId(UUID.fromString("6f1c2a9e-3b1d-4c55-9a51-0d8e7f3a2b10"));
    private static final WorkspaceId WORKSPACE = WorkspaceId.random();

    private static Chunk chunk(DocumentId document, int ordinal, String text, int start, int end) {
        return new Chunk(document, WORKSPACE, "handbook.md", ordinal, text, "Policies", start, end);
    }

    private static Chunk chunk(DocumentId document, int ordinal) {
        return chunk(document, ordinal, "Some text", 0, 9);
    }

    @Test
    void idIsStableForSameDocumentAndOrdinal() {
        Chunk first = chunk(DOCUMENT, 3);
        Chunk reingested = new Chunk(
                new DocumentId(DOCUMENT.value()), WorkspaceId.random(), "renamed.md", 3, "New text", "", 10, 18);

        assertThat(reingested.id())
                .isEqualTo(first.id())
                .isEqualTo(chunk(DOCUMENT, 3).id());
        assertThat(first.id().version()).isEqualTo(3); // name-based, not random
    }

    @Test
    void idDiffersAcrossOrdinalsAndDocuments() {
        DocumentId other = new DocumentId(UUID.fromString("0b7e4c1a-9d2f-4e6b-8a3c-5f1d2e3c4b5a"));

        assertThat(chunk(DOCUMENT, 0).id())
                .isNotEqualTo(chunk(DOCUMENT, 1).id())
                .isNotEqualTo(chunk(other, 0).id());
        assertThat(chunk(DOCUMENT, 1).id()).isNotEqualTo(chunk(other, 1).id());
    }

    @Test
    void treatsMissingHeadingPathAsEmpty() {
        Chunk chunk = new Chunk(DOCUMENT, WORKSPACE, "a.txt", 0, "Text", null, 0, 4);

        assertThat(chunk.headingPath()).isEmpty();
    }

    @Test
    void rejectsBlankText() {
        assertThatIllegalArgumentException().isThrownBy(() -> chunk(DOCUMENT, 0, "", 0, 0));
        assertThatIllegalArgumentException().isThrownBy(() -> chunk(DOCUMENT, 0, " \n\t ", 0, 4));
    }

    @Test
    void rejectsBadPositions() {
        assertThatIllegalArgumentException().isThrownBy(() -> chunk(DOCUMENT, -1, "text", 0, 4));
        assertThatIllegalArgumentException().isThrownBy(() -> chunk(DOCUMENT, 0, "text", -1, 4));
        assertThatIllegalArgumentException().isThrownBy(() -> chunk(DOCUMENT, 0, "text", 5, 4));
    }
}
