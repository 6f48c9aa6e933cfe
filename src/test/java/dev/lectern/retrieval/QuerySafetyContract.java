package dev.lectern.retrieval;

import static org.assertj.core.api.Assertions.assertThat;

import dev.lectern.documents.DocumentId;
import dev.lectern.workspaces.WorkspaceId;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Whatever a user types is read as plain words by both engines: no Lucene query syntax, no tsquery
 * operators, no SQL; mixed into {@link ChunkIndexContract}.
 */
interface QuerySafetyContract {

    ChunkIndex index();

    WorkspaceId newWorkspace();

    IndexedChunk indexed(WorkspaceId workspace, DocumentId document, int ordinal, String text, float[] embedding);

    float[] randomUnitVector();

    @ParameterizedTest
    @ValueSource(
            strings = {
                "title:(foo AND \"bar",
                "foo a & !b | :*",
                "foo:* <-> !!bar & (",
                "\"\"\" foo \"",
                "back\\slash foo \\\" \\",
                "nul\u0000foo\u0000",
                "'; drop table retrieval_chunks; -- foo",
                "+foo -bar && || ! ( ) { } [ ] ^ ~ * ? : / \\",
                "foo ~2 bar^3 [a TO z] /reg.*ex/",
                "foo\u0001\u001f\u007f\uFFFF"
            })
    default void keywordSearchReadsAnySyntaxAsPlainWords(String query) {
        WorkspaceId workspace = newWorkspace();
        WorkspaceId other = newWorkspace();
        DocumentId document = DocumentId.random();
        DocumentId elsewhere = DocumentId.random();
        index().replaceDocument(
                        document,
                        List.of(indexed(
                                workspace, document, 0, "The foo gauge sits by the door.", randomUnitVector())));
        index().replaceDocument(
                        elsewhere,
                        List.of(indexed(other, elsewhere, 0, "Another foo, elsewhere.", randomUnitVector())));

        List<ChunkMatch> found = index().keyword(workspace, query, 5);

        assertThat(found).extracting(ChunkMatch::documentId).containsExactly(document);
        assertThat(index().countChunks(document)).isEqualTo(1);
    }

    @ParameterizedTest
    @ValueSource(strings = {"\u0000", "&|!():*<->", "\"", "\\", "''"})
    default void keywordSearchWithOnlySymbolsFindsNothing(String query) {
        WorkspaceId workspace = newWorkspace();
        DocumentId document = DocumentId.random();
        index().replaceDocument(
                        document,
                        List.of(indexed(workspace, document, 0, "Symbols & stuff: (a|b)", randomUnitVector())));

        assertThat(index().keyword(workspace, query, 5)).isEmpty();
    }

    @Test
    default void aVeryLongKeywordQueryDoesNotFail() {
        WorkspaceId workspace = newWorkspace();
        DocumentId document = DocumentId.random();
        index().replaceDocument(
                        document,
                        List.of(indexed(workspace, document, 0, "The zebra crossing is wide.", randomUnitVector())));
        // far more distinct words than Lucene allows boolean clauses (1024 by default)
        String query =
                "zebra " + IntStream.range(0, 3_000).mapToObj(i -> "word" + i).collect(Collectors.joining(" "));

        assertThat(index().keyword(workspace, query, 5))
                .extracting(ChunkMatch::documentId)
                .containsExactly(document);
    }
}
