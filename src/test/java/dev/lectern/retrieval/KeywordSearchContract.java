package dev.lectern.retrieval;

import static org.assertj.core.api.Assertions.assertThat;

import dev.lectern.documents.DocumentId;
import dev.lectern.workspaces.WorkspaceId;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Keyword search behaviours every chunk index adapter must show; mixed into {@link ChunkIndexContract}. */
interface KeywordSearchContract {

    ChunkIndex index();

    WorkspaceId newWorkspace();

    IndexedChunk indexed(WorkspaceId workspace, DocumentId document, int ordinal, String text, float[] embedding);

    float[] randomUnitVector();

    @Test
    default void keywordSearchFindsTheChunkWithTheRareWordInsideTheWorkspace() {
        WorkspaceId workspace = newWorkspace();
        WorkspaceId other = newWorkspace();
        DocumentId document = DocumentId.random();
        index().replaceDocument(
                        document,
                        List.of(
                                indexed(
                                        workspace,
                                        document,
                                        0,
                                        "Invoices are paid within thirty days.",
                                        randomUnitVector()),
                                indexed(
                                        workspace,
                                        document,
                                        1,
                                        "Part ZQX4471 ships in blue crates.",
                                        randomUnitVector()),
                                indexed(
                                        workspace,
                                        document,
                                        2,
                                        "Crates are stacked in the warehouse.",
                                        randomUnitVector())));
        DocumentId elsewhere = DocumentId.random();
        index().replaceDocument(
                        elsewhere,
                        List.of(indexed(other, elsewhere, 0, "Part ZQX4471 is also sold here.", randomUnitVector())));

        List<ChunkMatch> found = index().keyword(workspace, "where does ZQX4471 ship?", 5);

        assertThat(found).isNotEmpty();
        assertThat(found.getFirst().text()).contains("ZQX4471");
        assertThat(found).allSatisfy(match -> assertThat(match.documentId()).isEqualTo(document));
        assertThat(found.getFirst().score()).isPositive();
    }

    @Test
    default void keywordSearchMatchesTheHeadingBreadcrumbAndStemsWords() {
        WorkspaceId workspace = newWorkspace();
        DocumentId document = DocumentId.random();
        index().replaceDocument(
                        document,
                        List.of(
                                indexed(
                                        workspace,
                                        document,
                                        0,
                                        "Customers get their money back in 30 days.",
                                        randomUnitVector()),
                                indexed(
                                        workspace,
                                        document,
                                        1,
                                        "Orders leave the depot every morning.",
                                        randomUnitVector())));

        List<ChunkMatch> byBreadcrumb = index().keyword(workspace, "section 0", 1);
        List<ChunkMatch> byStem = index().keyword(workspace, "customer ordering", 5);

        assertThat(byBreadcrumb.getFirst().ordinal()).isZero();
        assertThat(byStem).extracting(ChunkMatch::ordinal).containsExactlyInAnyOrder(0, 1);
    }

    @Test
    default void keywordSearchTakesAnyUserTextWithoutFailing() {
        WorkspaceId workspace = newWorkspace();
        DocumentId document = DocumentId.random();
        index().replaceDocument(document, List.of(indexed(workspace, document, 0, "C++ tips", randomUnitVector())));

        assertThat(index().keyword(workspace, "the and of", 5)).isEmpty();
        assertThat(index().keyword(workspace, "\"unclosed (C++ AND OR -tips:*", 5))
                .isNotNull();
        assertThat(index().keyword(workspace, "???", 5)).isEmpty();
    }

    @Test
    default void keywordFeedbackAddsTheTellingWordsOfTheFeedbackChunks() {
        WorkspaceId workspace = newWorkspace();
        DocumentId document = DocumentId.random();
        List<String> texts = List.of(
                "Zorblax inhibitors lower glimmerase activity.",
                "Glimmerase activity rises in kidney cells.",
                "Orders leave the depot every morning.",
                "Invoices are paid within thirty days.",
                "Crates are stacked in the warehouse.");
        indexTexts(workspace, document, texts);
        List<ChunkMatch> plain = index().keyword(workspace, "zorblax", 5);

        List<ChunkMatch> expanded =
                index().keyword(SearchFilter.workspace(workspace), "zorblax", new KeywordFeedback(plain, 10, 0.5), 5);

        assertThat(plain).extracting(ChunkMatch::ordinal).containsExactly(0);
        assertThat(expanded)
                .as("the chunk sharing the feedback's rare words follows it; the unrelated ones come after")
                .extracting(ChunkMatch::ordinal)
                .startsWith(0, 1);
        KeywordFeedback withFirstRanking = new KeywordFeedback(
                plain, 10, 0.5, plain.stream().map(ChunkMatch::chunkId).toList());
        assertThat(index().keyword(SearchFilter.workspace(workspace), "zorblax", withFirstRanking, 5))
                .as("given the first ranking, a chunk found only through an added word is still found and scored")
                .isEqualTo(expanded);
    }

    @Test
    default void keywordFeedbackGivenTheFirstRankingRanksAsOverEveryCandidate() {
        WorkspaceId workspace = newWorkspace();
        DocumentId document = DocumentId.random();
        List<String> texts = List.of(
                "Crates crates crates.", "Blue crates ship on Mondays.", "Crates are blue.", "Invoices are paid.");
        indexTexts(workspace, document, texts);
        List<ChunkMatch> plain = index().keyword(workspace, "blue crates", 5);
        // the feedback chunk holds both words of the query, so the expansion weighs them again
        List<ChunkMatch> feedbackChunks =
                plain.stream().filter(match -> match.ordinal() == 2).toList();

        List<ChunkMatch> rescored = index().keyword(
                        SearchFilter.workspace(workspace),
                        "blue crates",
                        new KeywordFeedback(
                                feedbackChunks,
                                10,
                                0.5,
                                plain.stream().map(ChunkMatch::chunkId).toList()),
                        5);

        assertThat(plain).extracting(ChunkMatch::ordinal).containsExactlyInAnyOrder(0, 1, 2);
        assertThat(rescored)
                .as("scoring only the first ranking and what the added words find loses nothing here")
                .isEqualTo(index().keyword(
                                SearchFilter.workspace(workspace),
                                "blue crates",
                                new KeywordFeedback(feedbackChunks, 10, 0.5),
                                5))
                .extracting(ChunkMatch::ordinal)
                .contains(0, 1, 2);
    }

    /** One chunk per text, in order, with random vectors: these tests look at the words only. */
    private void indexTexts(WorkspaceId workspace, DocumentId document, List<String> texts) {
        index().replaceDocument(
                        document,
                        texts.stream()
                                .map(text ->
                                        indexed(workspace, document, texts.indexOf(text), text, randomUnitVector()))
                                .toList());
    }

    @Test
    default void emptyKeywordFeedbackIsThePlainKeywordSearch() {
        WorkspaceId workspace = newWorkspace();
        DocumentId document = DocumentId.random();
        index().replaceDocument(
                        document,
                        List.of(
                                indexed(workspace, document, 0, "Crates ship on Mondays.", randomUnitVector()),
                                indexed(workspace, document, 1, "Crates are blue.", randomUnitVector())));

        assertThat(index().keyword(SearchFilter.workspace(workspace), "blue crates", KeywordFeedback.NONE, 5))
                .isEqualTo(index().keyword(workspace, "blue crates", 5))
                .hasSize(2);
    }
}
