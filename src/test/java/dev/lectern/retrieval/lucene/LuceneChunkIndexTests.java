package dev.lectern.retrieval.lucene;

import static org.assertj.core.api.Assertions.assertThat;

import dev.lectern.documents.DocumentId;
import dev.lectern.retrieval.ChunkIndex;
import dev.lectern.retrieval.ChunkIndexContract;
import dev.lectern.retrieval.ChunkMatch;
import dev.lectern.retrieval.IndexedChunk;
import dev.lectern.workspaces.WorkspaceId;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The chunk index contract against the embedded Lucene adapter, in a fresh folder per test. */
class LuceneChunkIndexTests extends ChunkIndexContract {

    @TempDir
    Path folder;

    private LuceneChunkIndex lucene;

    @Override
    protected ChunkIndex createIndex() {
        lucene = new LuceneChunkIndex(folder);
        return lucene;
    }

    @AfterEach
    void closeIndex() throws IOException {
        if (lucene != null) {
            lucene.close();
        }
    }

    @Test
    void chunksSurviveClosingAndReopeningTheIndex() throws IOException {
        WorkspaceId workspace = newWorkspace();
        DocumentId document = DocumentId.random();
        float[] query = randomUnitVector();
        List<IndexedChunk> chunks = IntStream.range(0, 4)
                .mapToObj(ordinal -> indexed(workspace, document, ordinal, atCosine(query, 0.9 - 0.1 * ordinal)))
                .toList();
        index.replaceDocument(document, chunks);
        DocumentId deleted = DocumentId.random();
        index.replaceDocument(deleted, List.of(indexed(workspace, deleted, 0, query.clone())));
        index.deleteDocument(deleted);

        lucene.close();
        lucene = null;
        lucene = new LuceneChunkIndex(folder);

        assertThat(lucene.countChunks(document)).isEqualTo(4);
        assertThat(lucene.countChunks(deleted)).isZero();
        assertThat(lucene.nearest(workspace, query, 10))
                .extracting(ChunkMatch::chunkId)
                .containsExactlyElementsOf(
                        chunks.stream().map(c -> c.chunk().id()).toList());
    }
}
