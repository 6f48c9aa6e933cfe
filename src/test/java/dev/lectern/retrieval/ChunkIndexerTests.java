package dev.lectern.retrieval;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.lectern.documents.DocumentId;
import dev.lectern.documents.Documents;
import dev.lectern.ingestion.Chunk;
import dev.lectern.retrieval.lucene.LuceneChunkIndex;
import dev.lectern.workspaces.WorkspaceId;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.mockito.Mockito;
import org.springframework.ai.document.Document;
import org.springframework.ai.embedding.Embedding;
import org.springframework.ai.embedding.EmbeddingModel;
import org.springframework.ai.embedding.EmbeddingRequest;
import org.springframework.ai.embedding.EmbeddingResponse;

class ChunkIndexerTests {

    /** No document records: the chunks are indexed without type, tags or date. */
    private static final Documents NO_DOCUMENT_RECORDS = Mockito.mock(Documents.class);

    private final DocumentId document = new DocumentId(UUID.randomUUID());
    private final WorkspaceId workspace = WorkspaceId.random();

    /** A vector whose first value is the number at the end of the text, so that a mix-up shows. */
    static class NumberModel implements EmbeddingModel {
        final List<Integer> requestSizes = new CopyOnWriteArrayList<>();

        @Override
        public EmbeddingResponse call(EmbeddingRequest request) {
            requestSizes.add(request.getInstructions().size());
            List<Embedding> embeddings = new ArrayList<>();
            for (String text : request.getInstructions()) {
                float[] vector = new float[384];
                vector[0] = Integer.parseInt(text.substring(text.lastIndexOf(' ') + 1));
                vector[1] = 1;
                embeddings.add(new Embedding(vector, embeddings.size()));
            }
            return new EmbeddingResponse(embeddings);
        }

        @Override
        public float[] embed(Document document) {
            return embed(document.getText());
        }
    }

    @Test
    void reportsProgressSliceBySliceAndIndexesEveryChunkWithItsOwnVector(@TempDir Path dir) throws Exception {
        NumberModel model = new NumberModel();
        List<Integer> progress = new ArrayList<>();
        try (LuceneChunkIndex index = new LuceneChunkIndex(dir)) {
            new ChunkIndexer(model, index, new SimpleMeterRegistry(), NO_DOCUMENT_RECORDS)
                    .replace(document, chunks(40), progress::add);

            assertThat(progress).containsExactly(16, 32, 40);
            assertThat(model.requestSizes).containsExactlyInAnyOrder(16, 16, 8);
            List<ChunkMatch> stored = index.chunksOf(document);
            assertThat(stored).hasSize(40);
            // the nearest chunk to the vector of "passage 27" is chunk 27: vectors went to their own chunks
            float[] query = new float[384];
            query[0] = 27;
            query[1] = 1;
            assertThat(index.nearest(workspace, query, 1).getFirst().text()).isEqualTo("passage 27");
        }
    }

    @Test
    void writesNothingWhenTheJobIsCancelledWhileEmbedding(@TempDir Path dir) throws Exception {
        NumberModel model = new NumberModel();
        try (LuceneChunkIndex index = new LuceneChunkIndex(dir)) {
            ChunkIndexer indexer = new ChunkIndexer(model, index, new SimpleMeterRegistry(), NO_DOCUMENT_RECORDS);

            assertThatThrownBy(() -> indexer.replace(document, chunks(40), done -> {
                        throw new IllegalStateException("cancelled");
                    }))
                    .hasMessage("cancelled");
            assertThat(index.countChunks(document)).isZero();
        }
    }

    private List<Chunk> chunks(int count) {
        return IntStream.range(0, count)
                .mapToObj(i -> new Chunk(document, workspace, "doc.txt", i, "passage " + i, "", i * 20, i * 20 + 10))
                .toList();
    }
}
