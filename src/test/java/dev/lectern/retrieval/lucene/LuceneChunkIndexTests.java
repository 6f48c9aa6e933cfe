package dev.lectern.retrieval.lucene;

import static org.assertj.core.api.Assertions.assertThat;

import dev.lectern.documents.DocumentId;
import dev.lectern.retrieval.ChunkIndex;
import dev.lectern.retrieval.ChunkIndexContract;
import dev.lectern.retrieval.ChunkMatch;
import dev.lectern.retrieval.IndexedChunk;
import dev.lectern.retrieval.RetrievalSettings.VectorQuantization;
import dev.lectern.workspaces.WorkspaceId;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.IntStream;
import org.apache.lucene.codecs.perfield.PerFieldKnnVectorsFormat;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.store.FSDirectory;
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

    @Test
    void everyWriteOfConcurrentWritersIsCommittedAndVisibleWhenItReturns() throws Exception {
        WorkspaceId workspace = newWorkspace();
        List<DocumentId> documents =
                IntStream.range(0, 24).mapToObj(i -> DocumentId.random()).toList();
        List<java.util.concurrent.Future<Integer>> seen = new java.util.ArrayList<>();
        try (var writers = java.util.concurrent.Executors.newFixedThreadPool(4)) {
            for (DocumentId document : documents) {
                float[] vector = randomUnitVector();
                seen.add(writers.submit(() -> {
                    index.replaceDocument(document, List.of(indexed(workspace, document, 0, vector)));
                    return index.countChunks(document);
                }));
            }
        }

        for (var count : seen) {
            assertThat(count.get()).isEqualTo(1);
        }
        // a reader of the folder sees the last commit only, while the writer is still open
        try (var reader =
                org.apache.lucene.index.DirectoryReader.open(org.apache.lucene.store.FSDirectory.open(folder))) {
            assertThat(reader.numDocs()).isEqualTo(documents.size());
        }
    }

    @Test
    void anInt8IndexStoresQuantizedVectorsAndStillFindsTheNearestChunks() throws IOException {
        lucene.close();
        lucene = new LuceneChunkIndex(folder.resolve("int8"), VectorQuantization.INT8);
        WorkspaceId workspace = newWorkspace();
        DocumentId document = DocumentId.random();
        float[] query = randomUnitVector();
        List<IndexedChunk> chunks = IntStream.range(0, 50)
                .mapToObj(ordinal -> indexed(workspace, document, ordinal, atCosine(query, 0.95 - 0.015 * ordinal)))
                .toList();
        lucene.replaceDocument(document, chunks);

        assertThat(lucene.nearest(workspace, query, 3))
                .extracting(ChunkMatch::chunkId)
                .containsExactlyElementsOf(
                        chunks.subList(0, 3).stream().map(c -> c.chunk().id()).toList());
        assertThat(vectorFormat(folder.resolve("int8"))).isEqualTo("Lucene99HnswScalarQuantizedVectorsFormat");
    }

    @Test
    void vectorsAreStoredAsFloatsUnlessQuantizationIsAskedFor() throws IOException {
        WorkspaceId workspace = newWorkspace();
        DocumentId document = DocumentId.random();
        index.replaceDocument(document, List.of(indexed(workspace, document, 0, randomUnitVector())));

        assertThat(vectorFormat(folder)).isEqualTo("Lucene99HnswVectorsFormat");
    }

    /** The format each segment names for the vector field (one segment here). */
    private static String vectorFormat(Path index) throws IOException {
        try (var directory = FSDirectory.open(index);
                var reader = DirectoryReader.open(directory)) {
            return reader.leaves()
                    .getFirst()
                    .reader()
                    .getFieldInfos()
                    .fieldInfo(ChunkFields.VECTOR)
                    .getAttribute(PerFieldKnnVectorsFormat.PER_FIELD_FORMAT_KEY);
        }
    }

    @Test
    void anIndexOfTheOlderLayoutIsDroppedSoThatNewChunksCanBeWritten() throws IOException {
        Path old = folder.resolve("older-layout");
        // the layout before filters: the ordinal stored and searchable by points, without doc values
        try (var directory = FSDirectory.open(old);
                var writer = new org.apache.lucene.index.IndexWriter(
                        directory, new org.apache.lucene.index.IndexWriterConfig())) {
            var doc = new org.apache.lucene.document.Document();
            doc.add(new org.apache.lucene.document.IntPoint(ChunkFields.ORDINAL, 3));
            doc.add(new org.apache.lucene.document.StoredField(ChunkFields.ORDINAL, 3));
            writer.addDocument(doc);
            writer.commit();
        }

        try (LuceneChunkIndex reopened = new LuceneChunkIndex(old)) {
            WorkspaceId workspace = newWorkspace();
            DocumentId document = DocumentId.random();
            reopened.replaceDocument(document, List.of(indexed(workspace, document, 0, randomUnitVector())));

            assertThat(reopened.rebuiltOnOpen()).isTrue();
            assertThat(reopened.countChunks(document)).isEqualTo(1);
        }
        try (LuceneChunkIndex current = new LuceneChunkIndex(old)) {
            assertThat(current.rebuiltOnOpen())
                    .as("an index of the current layout is kept")
                    .isFalse();
        }
    }
}
