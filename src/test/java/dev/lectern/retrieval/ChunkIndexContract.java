package dev.lectern.retrieval;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import dev.lectern.documents.DocumentId;
import dev.lectern.ingestion.Chunk;
import dev.lectern.workspaces.WorkspaceId;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.stream.IntStream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The behaviour every {@link ChunkIndex} adapter must have. Subclasses supply the index under test; the
 * embeddings are synthetic (seeded pseudo-random unit vectors of 384 dimensions, and vectors at a chosen
 * cosine from a base vector), so no model is needed.
 *
 * <p>Every test works in fresh random workspaces and documents, so the adapters may share storage between
 * tests (as the pgvector one shares a database).
 */
public abstract class ChunkIndexContract implements KeywordSearchContract, FilterContract, QuerySafetyContract {

    protected static final int DIMENSIONS = 384;

    /** Scores are cosine similarities computed in single precision. */
    private static final double SCORE_TOLERANCE = 1e-3;

    /** Deterministic per test: JUnit makes a new instance for each test method. */
    protected final Random random = new Random(0x1EC7E5L);

    private final List<WorkspaceId> workspaces = new ArrayList<>();

    protected ChunkIndex index;

    /** The index under test, empty or holding only chunks of other workspaces. */
    protected abstract ChunkIndex createIndex() throws Exception;

    @Override
    public ChunkIndex index() {
        return index;
    }

    @BeforeEach
    void openIndex() throws Exception {
        index = createIndex();
    }

    @Test
    void returnsTheNearestChunksBestFirstWithCosineScores() {
        WorkspaceId workspace = newWorkspace();
        DocumentId document = DocumentId.random();
        float[] query = randomUnitVector();
        double[] cosines = {0.1, 0.9, 0.3, 1.0, 0.5, 0.7, 0.0, -0.4};
        List<IndexedChunk> chunks = new ArrayList<>();
        for (int ordinal = 0; ordinal < cosines.length; ordinal++) {
            float[] vector = cosines[ordinal] == 1.0 ? query.clone() : atCosine(query, cosines[ordinal]);
            chunks.add(indexed(workspace, document, ordinal, vector));
        }
        index.replaceDocument(document, chunks);

        List<ChunkMatch> matches = index.nearest(workspace, query, 5);

        // cosine 1.0 (ordinal 3), 0.9 (1), 0.7 (5), 0.5 (4), 0.3 (2)
        assertThat(matches).extracting(ChunkMatch::ordinal).containsExactly(3, 1, 5, 4, 2);
        assertThat(matches.getFirst().score()).isCloseTo(1.0, within(1e-4));
        assertThat(matches.stream().mapToDouble(ChunkMatch::score).toArray())
                .containsExactly(new double[] {1.0, 0.9, 0.7, 0.5, 0.3}, within(SCORE_TOLERANCE));
    }

    @Test
    void filtersByWorkspaceInsideTheIndexQuery() {
        WorkspaceId workspaceA = newWorkspace();
        WorkspaceId workspaceB = newWorkspace();
        float[] query = randomUnitVector();
        DocumentId documentA = DocumentId.random();
        List<IndexedChunk> chunksOfA = IntStream.range(0, 5)
                .mapToObj(ordinal -> indexed(workspaceA, documentA, ordinal, atCosine(query, 0.2 + 0.1 * ordinal)))
                .toList();
        index.replaceDocument(documentA, chunksOfA);
        // 200 chunks of another workspace, every one closer to the query than any chunk of A
        List<DocumentId> documentsOfB = new ArrayList<>();
        for (int d = 0; d < 4; d++) {
            DocumentId documentB = DocumentId.random();
            documentsOfB.add(documentB);
            index.replaceDocument(
                    documentB,
                    IntStream.range(0, 50)
                            .mapToObj(ordinal -> indexed(
                                    workspaceB, documentB, ordinal, atCosine(query, 0.9 + 0.09 * random.nextDouble())))
                            .toList());
        }

        List<ChunkMatch> matches = index.nearest(workspaceA, query, 5);

        // a filter applied after a top-5 search would find no chunk of A at all
        assertThat(matches)
                .extracting(ChunkMatch::chunkId)
                .containsExactlyElementsOf(
                        chunksOfA.reversed().stream().map(c -> c.chunk().id()).toList());
        assertThat(matches).extracting(ChunkMatch::documentId).containsOnly(documentA);
        assertThat(index.nearest(workspaceB, query, 5))
                .hasSize(5)
                .extracting(ChunkMatch::documentId)
                .isSubsetOf(documentsOfB);
    }

    @Test
    void filtersByWorkspaceWhenTheWorkspaceHasMoreChunksThanAsked() {
        WorkspaceId workspaceA = newWorkspace();
        WorkspaceId workspaceB = newWorkspace();
        float[] query = randomUnitVector();
        DocumentId documentA = DocumentId.random();
        List<IndexedChunk> chunksOfA = new ArrayList<>();
        // 5 relevant chunks (cosine 0.40 .. 0.60) among 35 unrelated ones (cosine -0.1 .. 0.1)
        for (int ordinal = 0; ordinal < 40; ordinal++) {
            double cosine = ordinal % 8 == 0 ? 0.4 + 0.05 * (ordinal / 8) : 0.2 * random.nextDouble() - 0.1;
            chunksOfA.add(indexed(workspaceA, documentA, ordinal, atCosine(query, cosine)));
        }
        Collections.shuffle(chunksOfA, random);
        index.replaceDocument(documentA, chunksOfA);
        DocumentId documentB = DocumentId.random();
        index.replaceDocument(
                documentB,
                IntStream.range(0, 200)
                        .mapToObj(ordinal -> indexed(
                                workspaceB, documentB, ordinal, atCosine(query, 0.8 + 0.19 * random.nextDouble())))
                        .toList());

        List<ChunkMatch> matches = index.nearest(workspaceA, query, 5);

        assertThat(matches).extracting(ChunkMatch::ordinal).containsExactly(32, 24, 16, 8, 0);
        assertThat(matches).extracting(ChunkMatch::documentId).containsOnly(documentA);
    }

    @Test
    void replaceDocumentLeavesExactlyTheNewChunks() {
        WorkspaceId workspace = newWorkspace();
        DocumentId document = DocumentId.random();
        float[] query = randomUnitVector();
        index.replaceDocument(
                document,
                IntStream.range(0, 6)
                        .mapToObj(ordinal ->
                                indexed(workspace, document, ordinal, "first version " + ordinal, nearby(query)))
                        .toList());
        assertThat(index.countChunks(document)).isEqualTo(6);

        List<IndexedChunk> second = IntStream.range(0, 3)
                .mapToObj(ordinal -> indexed(workspace, document, ordinal, "second version " + ordinal, nearby(query)))
                .toList();
        index.replaceDocument(document, second);

        assertThat(index.countChunks(document)).isEqualTo(3);
        List<ChunkMatch> matches = index.nearest(workspace, query, 50);
        assertThat(matches)
                .extracting(ChunkMatch::chunkId)
                .doesNotHaveDuplicates()
                .containsExactlyInAnyOrderElementsOf(
                        second.stream().map(c -> c.chunk().id()).toList());
        assertThat(matches).extracting(ChunkMatch::text).allMatch(text -> text.startsWith("second version"));
    }

    @Test
    void replacingADocumentTwiceWithTheSameChunksDoesNotDuplicateThem() {
        WorkspaceId workspace = newWorkspace();
        DocumentId document = DocumentId.random();
        float[] query = randomUnitVector();
        List<IndexedChunk> chunks = IntStream.range(0, 4)
                .mapToObj(ordinal -> indexed(workspace, document, ordinal, nearby(query)))
                .toList();

        index.replaceDocument(document, chunks);
        index.replaceDocument(document, chunks);

        assertThat(index.countChunks(document)).isEqualTo(4);
        assertThat(index.nearest(workspace, query, 50))
                .extracting(ChunkMatch::chunkId)
                .doesNotHaveDuplicates()
                .hasSize(4);
    }

    /** Protected, like the other tests that found a bug, so that an adapter's class can set it aside. */
    @Test
    protected void replacingADocumentWithNoChunksRemovesItsChunks() {
        WorkspaceId workspace = newWorkspace();
        DocumentId document = DocumentId.random();
        float[] query = randomUnitVector();
        index.replaceDocument(
                document,
                IntStream.range(0, 3)
                        .mapToObj(ordinal -> indexed(workspace, document, ordinal, nearby(query)))
                        .toList());

        index.replaceDocument(document, List.of());

        assertThat(index.countChunks(document)).isZero();
        assertThat(index.nearest(workspace, query, 10)).isEmpty();
    }

    @Test
    void replaceDocumentLeavesOtherDocumentsAlone() {
        WorkspaceId workspace = newWorkspace();
        DocumentId kept = DocumentId.random();
        DocumentId replaced = DocumentId.random();
        float[] query = randomUnitVector();
        index.replaceDocument(kept, List.of(indexed(workspace, kept, 0, nearby(query))));
        index.replaceDocument(replaced, List.of(indexed(workspace, replaced, 0, nearby(query))));

        index.replaceDocument(
                replaced,
                List.of(
                        indexed(workspace, replaced, 0, nearby(query)),
                        indexed(workspace, replaced, 1, nearby(query))));

        assertThat(index.countChunks(kept)).isEqualTo(1);
        assertThat(index.countChunks(replaced)).isEqualTo(2);
    }

    @Test
    void readersSeeTheOldSetOrTheNewOneWhileADocumentIsReplaced() throws Exception {
        WorkspaceId workspace = newWorkspace();
        DocumentId document = DocumentId.random();
        float[] query = randomUnitVector();
        List<IndexedChunk> small = IntStream.range(0, 3)
                .mapToObj(ordinal -> indexed(workspace, document, ordinal, nearby(query)))
                .toList();
        List<IndexedChunk> large = IntStream.range(0, 7)
                .mapToObj(ordinal -> indexed(workspace, document, ordinal, nearby(query)))
                .toList();
        index.replaceDocument(document, small);

        AtomicBoolean writing = new AtomicBoolean(true);
        Set<Integer> seen = ConcurrentHashMap.newKeySet();
        CompletableFuture<Void> reader = CompletableFuture.runAsync(() -> {
            while (writing.get()) {
                seen.add(index.nearest(workspace, query, 20).size());
            }
        });
        try {
            for (int round = 0; round < 40; round++) {
                index.replaceDocument(document, round % 2 == 0 ? large : small);
            }
        } finally {
            writing.set(false);
        }
        reader.get(30, TimeUnit.SECONDS);

        assertThat(seen).isNotEmpty().isSubsetOf(3, 7);
    }

    @Test
    void deleteDocumentRemovesOnlyThatDocumentsChunks() {
        WorkspaceId workspace = newWorkspace();
        DocumentId deleted = DocumentId.random();
        DocumentId kept = DocumentId.random();
        float[] query = randomUnitVector();
        index.replaceDocument(
                deleted,
                IntStream.range(0, 4)
                        .mapToObj(ordinal -> indexed(workspace, deleted, ordinal, nearby(query)))
                        .toList());
        List<IndexedChunk> keptChunks = IntStream.range(0, 3)
                .mapToObj(ordinal -> indexed(workspace, kept, ordinal, nearby(query)))
                .toList();
        index.replaceDocument(kept, keptChunks);

        index.deleteDocument(deleted);

        assertThat(index.countChunks(deleted)).isZero();
        assertThat(index.countChunks(kept)).isEqualTo(3);
        assertThat(index.nearest(workspace, query, 20))
                .extracting(ChunkMatch::chunkId)
                .containsExactlyInAnyOrderElementsOf(
                        keptChunks.stream().map(c -> c.chunk().id()).toList());
    }

    @Test
    void deletingAnUnknownDocumentChangesNothing() {
        WorkspaceId workspace = newWorkspace();
        DocumentId document = DocumentId.random();
        float[] query = randomUnitVector();
        index.replaceDocument(document, List.of(indexed(workspace, document, 0, query.clone())));

        index.deleteDocument(DocumentId.random());

        assertThat(index.countChunks(document)).isEqualTo(1);
        assertThat(index.nearest(workspace, query, 5)).hasSize(1);
    }

    @Test
    void storedFieldsRoundTrip() {
        WorkspaceId workspace = newWorkspace();
        DocumentId document = DocumentId.random();
        float[] vector = randomUnitVector();
        Chunk chunk = new Chunk(
                document,
                workspace,
                "Manuel d'utilisation – édition 2 (final).pdf",
                7,
                "Déplacez le curseur ⟶ puis appuyez sur « OK ».\nSecond line, with \"quotes\" and a tab\t.",
                "Guide > Installation > Linux & macOS",
                1_234,
                1_321);
        index.replaceDocument(document, List.of(new IndexedChunk(chunk, vector)));

        List<ChunkMatch> matches = index.nearest(workspace, vector, 1);

        assertThat(matches).hasSize(1);
        ChunkMatch match = matches.getFirst();
        assertThat(match.chunkId()).isEqualTo(chunk.id());
        assertThat(match.documentId()).isEqualTo(document);
        assertThat(match.documentName()).isEqualTo(chunk.documentName());
        assertThat(match.ordinal()).isEqualTo(7);
        assertThat(match.text()).isEqualTo(chunk.text());
        assertThat(match.headingPath()).isEqualTo(chunk.headingPath());
        assertThat(match.startOffset()).isEqualTo(1_234);
        assertThat(match.endOffset()).isEqualTo(1_321);
        assertThat(match.score()).isCloseTo(1.0, within(1e-4));
    }

    @Test
    void anEmptyHeadingPathRoundTripsAsEmpty() {
        WorkspaceId workspace = newWorkspace();
        DocumentId document = DocumentId.random();
        float[] vector = randomUnitVector();
        Chunk chunk = new Chunk(document, workspace, "notes.txt", 0, "A passage without headings.", null, 0, 27);
        index.replaceDocument(document, List.of(new IndexedChunk(chunk, vector)));

        assertThat(index.nearest(workspace, vector, 1))
                .singleElement()
                .extracting(ChunkMatch::headingPath)
                .isEqualTo("");
    }

    /** A k far above the chunk count (e.g. a wide candidate set for re-ranking) must not fail either. */
    @ParameterizedTest
    @ValueSource(ints = {10, 1_000})
    void returnsAllChunksWhenKExceedsTheirNumber(int k) {
        WorkspaceId workspace = newWorkspace();
        DocumentId document = DocumentId.random();
        float[] query = randomUnitVector();
        index.replaceDocument(
                document,
                IntStream.range(0, 3)
                        .mapToObj(ordinal -> indexed(workspace, document, ordinal, randomUnitVector()))
                        .toList());

        assertThat(index.nearest(workspace, query, k))
                .extracting(ChunkMatch::ordinal)
                .containsExactlyInAnyOrder(0, 1, 2);
    }

    @Test
    void anEmptyWorkspaceHasNoMatches() {
        WorkspaceId populated = newWorkspace();
        DocumentId document = DocumentId.random();
        float[] query = randomUnitVector();
        index.replaceDocument(document, List.of(indexed(populated, document, 0, query.clone())));

        assertThat(index.nearest(newWorkspace(), query, 5)).isEmpty();
    }

    @Test
    void anUnknownDocumentHasNoChunks() {
        assertThat(index.countChunks(DocumentId.random())).isZero();
    }

    // ---------------------------------------------------------------- helpers

    /** A fresh workspace, remembered so that adapters with shared storage can clean up after the test. */
    public WorkspaceId newWorkspace() {
        WorkspaceId workspace = WorkspaceId.random();
        workspaces.add(workspace);
        return workspace;
    }

    /** The workspaces this test used. */
    protected List<WorkspaceId> workspacesUsed() {
        return List.copyOf(workspaces);
    }

    protected IndexedChunk indexed(WorkspaceId workspace, DocumentId document, int ordinal, float[] embedding) {
        return indexed(workspace, document, ordinal, "Passage " + ordinal + " of document " + document, embedding);
    }

    public IndexedChunk indexed(
            WorkspaceId workspace, DocumentId document, int ordinal, String text, float[] embedding) {
        var chunk = new Chunk(
                document,
                workspace,
                "document-" + document + ".md",
                ordinal,
                text,
                "Chapter 1 > Section " + ordinal,
                ordinal * 100,
                ordinal * 100 + 99);
        return new IndexedChunk(chunk, embedding);
    }

    /** A pseudo-random unit vector, uniformly distributed on the sphere. */
    public float[] randomUnitVector() {
        double[] v = new double[DIMENSIONS];
        for (int i = 0; i < DIMENSIONS; i++) {
            v[i] = random.nextGaussian();
        }
        return toUnitFloats(v);
    }

    /** A unit vector whose cosine similarity with the unit vector {@code base} is exactly {@code cosine}. */
    public float[] atCosine(float[] base, double cosine) {
        // a random direction made orthogonal to base (Gram-Schmidt), then mixed with base
        double[] orthogonal = new double[DIMENSIONS];
        double dot = 0;
        for (int i = 0; i < DIMENSIONS; i++) {
            orthogonal[i] = random.nextGaussian();
            dot += orthogonal[i] * base[i];
        }
        double norm = 0;
        for (int i = 0; i < DIMENSIONS; i++) {
            orthogonal[i] -= dot * base[i];
            norm += orthogonal[i] * orthogonal[i];
        }
        norm = Math.sqrt(norm);
        double sine = Math.sqrt(1 - cosine * cosine);
        double[] v = new double[DIMENSIONS];
        for (int i = 0; i < DIMENSIONS; i++) {
            v[i] = cosine * base[i] + sine * orthogonal[i] / norm;
        }
        return toUnitFloats(v);
    }

    /** The base vector plus a little noise (cosine about 0.98). */
    protected float[] nearby(float[] base) {
        double[] v = new double[DIMENSIONS];
        for (int i = 0; i < DIMENSIONS; i++) {
            v[i] = base[i] + 0.01 * random.nextGaussian();
        }
        return toUnitFloats(v);
    }

    private static float[] toUnitFloats(double[] v) {
        double norm = 0;
        for (double x : v) {
            norm += x * x;
        }
        norm = Math.sqrt(norm);
        float[] unit = new float[v.length];
        for (int i = 0; i < v.length; i++) {
            unit[i] = (float) (v[i] / norm);
        }
        return unit;
    }
}
