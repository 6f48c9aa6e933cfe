package dev.lectern.retrieval;

import static org.assertj.core.api.Assertions.assertThat;

import dev.lectern.retrieval.lucene.LuceneChunkIndex;
import dev.lectern.workspaces.WorkspaceId;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
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

    private static RetrievalSettings settings(String instruction) {
        return new RetrievalSettings(
                RetrievalSettings.IndexKind.LUCENE,
                Path.of("unused"),
                10,
                100,
                instruction,
                new RetrievalSettings.Lucene(RetrievalSettings.VectorQuantization.NONE));
    }
}
