package dev.lectern.retrieval;

import static org.assertj.core.api.Assertions.assertThat;

import dev.lectern.documents.DocumentId;
import dev.lectern.ingestion.Chunk;
import dev.lectern.retrieval.lucene.LuceneChunkIndex;
import dev.lectern.workspaces.WorkspaceId;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.ai.document.Document;
import org.springframework.ai.embedding.Embedding;
import org.springframework.ai.embedding.EmbeddingModel;
import org.springframework.ai.embedding.EmbeddingRequest;
import org.springframework.ai.embedding.EmbeddingResponse;

class RankedSearchTests {

    static final String INSTRUCTION = "Represent this sentence for searching relevant passages: ";

    /** Records what it was asked to embed. */
    static class RecordingModel implements EmbeddingModel {
        final List<String> texts = new ArrayList<>();

        @Override
        public EmbeddingResponse call(EmbeddingRequest request) {
            texts.addAll(request.getInstructions());
            float[] vector = new float[384];
            vector[0] = 1;
            return new EmbeddingResponse(List.of(new Embedding(vector, 0)));
        }

        @Override
        public float[] embed(Document document) {
            return embed(document.getText());
        }
    }

    @Test
    void putsTheConfiguredInstructionBeforeQueriesOnly(@TempDir Path dir) throws Exception {
        RecordingModel model = new RecordingModel();
        try (LuceneChunkIndex index = new LuceneChunkIndex(dir)) {
            RankedSearch search = new RankedSearch(model, index, settings(INSTRUCTION));

            search.search(WorkspaceId.random(), "refund policy", 5, SearchMode.HYBRID);
            search.search(WorkspaceId.random(), "refund policy", 5, SearchMode.KEYWORD);

            assertThat(model.texts).containsExactly(INSTRUCTION + "refund policy");
        }
    }

    @Test
    void embedsTheQueryAsTypedWithoutAnInstruction(@TempDir Path dir) throws Exception {
        RecordingModel model = new RecordingModel();
        try (LuceneChunkIndex index = new LuceneChunkIndex(dir)) {
            new RankedSearch(model, index, settings(""))
                    .search(WorkspaceId.random(), "refund policy", 5, SearchMode.VECTOR);

            assertThat(model.texts).containsExactly("refund policy");
        }
    }

    @Test
    void hybridModeFusesWithTheConfiguredWeights(@TempDir Path dir) throws Exception {
        try (LuceneChunkIndex index = new LuceneChunkIndex(dir)) {
            WorkspaceId workspace = WorkspaceId.random();
            // the query vector (first axis) is nearest to the pump chunk; only the refund chunk has the words
            index.replaceDocument(document("pump"), List.of(chunk(workspace, "pump", "Circulation pump.", 0)));
            index.replaceDocument(document("refund"), List.of(chunk(workspace, "refund", "Refund policy.", 60)));

            assertThat(firstHit(index, workspace, new RetrievalSettings.Fusion(10, 0.65, 0.35, 100)))
                    .as("found by both stages, the refund chunk wins at the fitted weights")
                    .isEqualTo("Refund policy.");
            assertThat(firstHit(index, workspace, new RetrievalSettings.Fusion(10, 1.0, 0.0, 100)))
                    .as("with the keyword ranking weighted 0, the vector ranking alone decides")
                    .isEqualTo("Circulation pump.");
        }
    }

    @Test
    void hybridFeedbackMovesTheQueryTowardTheBestChunkWithoutEmbeddingAgain(@TempDir Path dir) throws Exception {
        try (LuceneChunkIndex index = new LuceneChunkIndex(dir)) {
            WorkspaceId workspace = WorkspaceId.random();
            // the query vector lies on the first axis; the best chunk and the alike one on the same side of it
            index.replaceDocument(document("best"), List.of(chunk(workspace, "best", "Best match.", 20)));
            index.replaceDocument(document("alike"), List.of(chunk(workspace, "alike", "Alike chunk.", 50)));
            index.replaceDocument(document("other"), List.of(chunk(workspace, "other", "Other side.", -45)));
            RecordingModel model = new RecordingModel();

            List<String> moved =
                    texts(index, workspace, "pump", model, new RetrievalSettings.Feedback(true, 1, 1.0, 0, 0, 0, 1));
            List<String> disabled = texts(
                    index,
                    workspace,
                    "pump",
                    new RecordingModel(),
                    new RetrievalSettings.Feedback(false, 1, 1.0, 0, 0, 0, 1));

            assertThat(texts(index, workspace, "pump", new RecordingModel(), RetrievalSettings.Feedback.OFF))
                    .containsExactly("Best match.", "Other side.", "Alike chunk.");
            assertThat(moved).containsExactly("Best match.", "Alike chunk.", "Other side.");
            assertThat(model.texts)
                    .as("the stored vector is read, the query embedded once")
                    .hasSize(1);
            assertThat(disabled).containsExactly("Best match.", "Other side.", "Alike chunk.");
        }
    }

    @Test
    void hybridFeedbackExpandsTheKeywordQueryWithTheBestChunksWords(@TempDir Path dir) throws Exception {
        try (LuceneChunkIndex index = new LuceneChunkIndex(dir)) {
            WorkspaceId workspace = glimmerase(index);
            index.replaceDocument(document("c"), List.of(chunk(workspace, "c", "Orders leave the depot.", 30)));
            index.replaceDocument(document("d"), List.of(chunk(workspace, "d", "Invoices are paid.", 40)));
            var keywordOnly = new RetrievalSettings.Feedback(true, 0, 0, 1, 10, 0.5, 0);

            assertThat(texts(index, workspace, "zorblax", new RecordingModel(), RetrievalSettings.Feedback.OFF))
                    .as("without feedback only the vectors place the chunk without the query's word: last")
                    .endsWith("Glimmerase activity in cells.");
            assertThat(texts(index, workspace, "zorblax", new RecordingModel(), keywordOnly))
                    .startsWith("Zorblax lowers glimmerase activity.", "Glimmerase activity in cells.");
        }
    }

    @Test
    void aChunkFoundOnlyThroughFeedbackWordsShowsNoKeywordScoreOfTheQuestion(@TempDir Path dir) throws Exception {
        try (LuceneChunkIndex index = new LuceneChunkIndex(dir)) {
            WorkspaceId workspace = glimmerase(index);
            var keywordOnly = new RetrievalSettings.Feedback(true, 0, 0, 1, 10, 0.5, 0);

            var results = new RankedSearch(new RecordingModel(), index, settings(keywordOnly))
                    .search(workspace, "zorblax", 4, SearchMode.HYBRID);

            assertThat(results)
                    .as("the second chunk was found by the added word 'glimmerase', not by the question's 'zorblax'")
                    .extracting(r -> r.chunk().text(), r -> r.keywordScore() != null)
                    .containsExactly(
                            org.assertj.core.groups.Tuple.tuple("Zorblax lowers glimmerase activity.", true),
                            org.assertj.core.groups.Tuple.tuple("Glimmerase activity in cells.", false));
        }
    }

    /**
     * A workspace with a chunk holding the query word "zorblax" and one that shares only "glimmerase" with it,
     * which the vectors place far from the query.
     */
    private static WorkspaceId glimmerase(LuceneChunkIndex index) {
        WorkspaceId workspace = WorkspaceId.random();
        index.replaceDocument(document("a"), List.of(chunk(workspace, "a", "Zorblax lowers glimmerase activity.", 10)));
        index.replaceDocument(document("b"), List.of(chunk(workspace, "b", "Glimmerase activity in cells.", 80)));
        return workspace;
    }

    private static RetrievalSettings settings(RetrievalSettings.Feedback feedback) {
        RetrievalSettings settings = settings("");
        return new RetrievalSettings(
                settings.index(),
                settings.indexDir(),
                settings.defaultTopK(),
                settings.maxTopK(),
                "",
                settings.lucene(),
                BenchmarkIndexes.defaultFusion(),
                feedback);
    }

    private static List<String> texts(
            LuceneChunkIndex index,
            WorkspaceId workspace,
            String query,
            RecordingModel model,
            RetrievalSettings.Feedback feedback) {
        return texts(index, workspace, query, model, BenchmarkIndexes.defaultFusion(), feedback);
    }

    private static List<String> texts(
            LuceneChunkIndex index,
            WorkspaceId workspace,
            String query,
            RecordingModel model,
            RetrievalSettings.Fusion fusion,
            RetrievalSettings.Feedback feedback) {
        RetrievalSettings settings = settings("");
        settings = new RetrievalSettings(
                settings.index(),
                settings.indexDir(),
                settings.defaultTopK(),
                settings.maxTopK(),
                "",
                settings.lucene(),
                fusion,
                feedback);
        return new RankedSearch(model, index, settings)
                .search(workspace, query, 4, SearchMode.HYBRID).stream()
                        .map(r -> r.chunk().text())
                        .toList();
    }

    private static String firstHit(LuceneChunkIndex index, WorkspaceId workspace, RetrievalSettings.Fusion fusion) {
        return texts(index, workspace, "refund policy", new RecordingModel(), fusion, RetrievalSettings.Feedback.OFF)
                .getFirst();
    }

    private static DocumentId document(String name) {
        return new DocumentId(UUID.nameUUIDFromBytes(name.getBytes(StandardCharsets.UTF_8)));
    }

    /** A chunk whose embedding lies at this angle (degrees) from the first axis, where every query vector is. */
    private static IndexedChunk chunk(WorkspaceId workspace, String name, String text, double degrees) {
        float[] vector = new float[384];
        vector[0] = (float) Math.cos(Math.toRadians(degrees));
        vector[1] = (float) Math.sin(Math.toRadians(degrees));
        return new IndexedChunk(
                new Chunk(document(name), workspace, name + ".txt", 0, text, "", 0, text.length()), vector);
    }

    private static RetrievalSettings settings(String instruction) {
        return new RetrievalSettings(
                RetrievalSettings.IndexKind.LUCENE,
                Path.of("unused"),
                10,
                100,
                instruction,
                new RetrievalSettings.Lucene(RetrievalSettings.VectorQuantization.NONE),
                BenchmarkIndexes.defaultFusion(),
                BenchmarkIndexes.defaultFeedback());
    }
}
