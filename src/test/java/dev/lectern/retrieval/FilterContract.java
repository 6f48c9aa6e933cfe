package dev.lectern.retrieval;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import dev.lectern.documents.DocumentId;
import dev.lectern.workspaces.WorkspaceId;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/**
 * Filters every chunk index adapter must apply inside its query, for vector and keyword search alike; mixed
 * into {@link ChunkIndexContract}.
 */
interface FilterContract {

    String PDF = "application/pdf";
    String DOCX = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";
    String TEXT = "text/plain";
    String WORDS = "quarterly budget report";

    ChunkIndex index();

    WorkspaceId newWorkspace();

    IndexedChunk indexed(WorkspaceId workspace, DocumentId document, int ordinal, String text, float[] embedding);

    float[] randomUnitVector();

    float[] atCosine(float[] base, double cosine);

    @Test
    default void everyPartOfTheFilterSelectsChunksInBothSearches() {
        WorkspaceId workspace = newWorkspace();
        float[] query = randomUnitVector();
        DocumentId pdfJanuary = store(workspace, query, PDF, List.of("finance"), "2025-01-15T10:00:00Z");
        DocumentId docxFebruary = store(workspace, query, DOCX, List.of("finance", "hr"), "2025-02-15T10:00:00Z");
        DocumentId pdfMarch = store(workspace, query, PDF, List.of("hr"), "2025-03-15T10:00:00Z");
        DocumentId untagged = store(workspace, query, TEXT, List.of(), "2025-04-15T10:00:00Z");
        SearchFilter all = SearchFilter.workspace(workspace);

        assertThat(found(all, query)).containsExactlyInAnyOrder(pdfJanuary, docxFebruary, pdfMarch, untagged);
        assertThat(found(all.withDocuments(Set.of(pdfJanuary, untagged)), query))
                .containsExactlyInAnyOrder(pdfJanuary, untagged);
        assertThat(found(all.withMediaTypes(Set.of(PDF)), query)).containsExactlyInAnyOrder(pdfJanuary, pdfMarch);
        assertThat(found(all.withMediaTypes(Set.of(PDF, DOCX)), query))
                .containsExactlyInAnyOrder(pdfJanuary, docxFebruary, pdfMarch);
        assertThat(found(all.withTags(Set.of("finance")), query)).containsExactlyInAnyOrder(pdfJanuary, docxFebruary);
        assertThat(found(all.withTags(Set.of("hr", "finance")), query))
                .containsExactlyInAnyOrder(pdfJanuary, docxFebruary, pdfMarch);
        assertThat(found(all.createdBetween(at("2025-02-01T00:00:00Z"), null), query))
                .containsExactlyInAnyOrder(docxFebruary, pdfMarch, untagged);
        // both bounds are inclusive, to the millisecond
        assertThat(found(all.createdBetween(null, at("2025-02-15T10:00:00Z")), query))
                .containsExactlyInAnyOrder(pdfJanuary, docxFebruary);
        assertThat(found(all.createdBetween(at("2025-02-15T10:00:00.001Z"), at("2025-04-15T10:00:00Z")), query))
                .containsExactlyInAnyOrder(pdfMarch, untagged);
        SearchFilter combined = all.withMediaTypes(Set.of(PDF))
                .withTags(Set.of("hr"))
                .createdBetween(at("2025-02-01T00:00:00Z"), at("2025-03-31T00:00:00Z"));
        assertThat(found(combined, query)).containsExactly(pdfMarch);
        assertThat(found(combined.withDocuments(Set.of(pdfJanuary)), query)).isEmpty();
    }

    @Test
    default void aSelectiveFilterStillYieldsKChunksWhenManyNearerOnesAreExcluded() {
        WorkspaceId workspace = newWorkspace();
        float[] query = randomUnitVector();
        DocumentId rare = DocumentId.random();
        DocumentFacets rareFacets = new DocumentFacets(PDF, List.of("rare"), at("2025-01-10T00:00:00Z"));
        index().replaceDocument(
                        rare,
                        IntStream.range(0, 8)
                                .mapToObj(ordinal -> faceted(
                                        indexed(workspace, rare, ordinal, WORDS, atCosine(query, 0.2 + 0.02 * ordinal)),
                                        rareFacets))
                                .toList());
        // 300 chunks of the same workspace, every one nearer to the query and richer in its words
        DocumentFacets crowdFacets = new DocumentFacets(TEXT, List.of("common"), at("2025-03-10T00:00:00Z"));
        for (int d = 0; d < 3; d++) {
            DocumentId crowd = DocumentId.random();
            index().replaceDocument(
                            crowd,
                            IntStream.range(0, 100)
                                    .mapToObj(ordinal -> faceted(
                                            indexed(
                                                    workspace,
                                                    crowd,
                                                    ordinal,
                                                    WORDS + " " + WORDS + " budget",
                                                    atCosine(query, 0.85 + 0.0014 * ordinal)),
                                            crowdFacets))
                                    .toList());
        }
        SearchFilter all = SearchFilter.workspace(workspace);
        List<SearchFilter> selective = List.of(
                all.withTags(Set.of("rare")),
                all.withMediaTypes(Set.of(PDF)),
                all.withDocuments(Set.of(rare)),
                all.createdBetween(null, at("2025-01-31T00:00:00Z")));

        for (SearchFilter filter : selective) {
            assertThat(index().nearest(filter, query, 5))
                    .as("nearest with %s", filter)
                    .extracting(ChunkMatch::ordinal)
                    .containsExactly(7, 6, 5, 4, 3);
            assertThat(index().keyword(filter, WORDS, 5))
                    .as("keyword with %s", filter)
                    .hasSize(5)
                    .extracting(ChunkMatch::documentId)
                    .containsOnly(rare);
        }
    }

    @Test
    default void noFilterReachesIntoAnotherWorkspace() {
        WorkspaceId mine = newWorkspace();
        WorkspaceId theirs = newWorkspace();
        float[] query = randomUnitVector();
        DocumentId myDocument = store(mine, query, PDF, List.of("shared"), "2025-01-15T10:00:00Z");
        DocumentId theirDocument = store(theirs, query, PDF, List.of("shared"), "2025-01-15T10:00:00Z");

        assertThat(found(SearchFilter.workspace(mine).withDocuments(Set.of(theirDocument)), query))
                .isEmpty();
        assertThat(found(SearchFilter.workspace(mine).withTags(Set.of("shared")), query))
                .containsExactly(myDocument);
        assertThat(found(SearchFilter.workspace(theirs).withMediaTypes(Set.of(PDF)), query))
                .containsExactly(theirDocument);
        assertThat(found(SearchFilter.workspace(newWorkspace()).withDocuments(Set.of(myDocument)), query))
                .isEmpty();
    }

    @Test
    default void retaggingChangesWhatATagFilterFindsAndKeepsEverythingElse() {
        WorkspaceId workspace = newWorkspace();
        float[] query = randomUnitVector();
        DocumentId document = DocumentId.random();
        DocumentFacets facets = new DocumentFacets(PDF, List.of("draft"), at("2025-05-01T08:30:00.123Z"));
        List<IndexedChunk> chunks = IntStream.range(0, 3)
                .mapToObj(ordinal -> faceted(
                        indexed(
                                workspace,
                                document,
                                ordinal,
                                WORDS + " part " + ordinal,
                                atCosine(query, 0.9 - 0.1 * ordinal)),
                        facets))
                .toList();
        index().replaceDocument(document, chunks);

        index().updateTags(document, List.of("approved", "final"));

        SearchFilter all = SearchFilter.workspace(workspace);
        assertThat(index().nearest(all.withTags(Set.of("draft")), query, 5)).isEmpty();
        assertThat(index().keyword(all.withTags(Set.of("draft")), WORDS, 5)).isEmpty();
        List<ChunkMatch> retagged = index().nearest(
                        all.withTags(Set.of("final"))
                                .withMediaTypes(Set.of(PDF))
                                .createdBetween(facets.createdAt(), facets.createdAt()),
                        query,
                        5);
        assertThat(retagged).extracting(ChunkMatch::ordinal).containsExactly(0, 1, 2);
        assertThat(retagged.stream().mapToDouble(ChunkMatch::score).toArray())
                .containsExactly(new double[] {0.9, 0.8, 0.7}, within(1e-3));
        assertThat(index().keyword(all.withTags(Set.of("approved")), WORDS, 5)).hasSize(3);
        assertThat(index().countChunks(document)).isEqualTo(3);
    }

    @Test
    default void givesBackTheStoredEmbeddingsOfChunks() {
        WorkspaceId workspace = newWorkspace();
        DocumentId document = DocumentId.random();
        List<IndexedChunk> chunks = IntStream.range(0, 3)
                .mapToObj(ordinal -> indexed(workspace, document, ordinal, WORDS, randomUnitVector()))
                .toList();
        index().replaceDocument(document, chunks);
        java.util.UUID unknown = java.util.UUID.randomUUID();

        var vectors = index().embeddings(List.of(
                chunks.get(0).chunk().id(), chunks.get(2).chunk().id(), unknown));

        assertThat(vectors)
                .containsOnlyKeys(
                        chunks.get(0).chunk().id(), chunks.get(2).chunk().id());
        assertThat(cosine(vectors.get(chunks.get(2).chunk().id()), chunks.get(2).embedding()))
                .isCloseTo(1.0, within(1e-3));
    }

    @Test
    default void returnsTheChunksBetweenTwoOrdinalsInReadingOrder() {
        WorkspaceId workspace = newWorkspace();
        DocumentId document = DocumentId.random();
        DocumentId other = DocumentId.random();
        index().replaceDocument(
                        document,
                        IntStream.of(5, 0, 3, 1, 4, 2)
                                .mapToObj(ordinal -> indexed(workspace, document, ordinal, WORDS, randomUnitVector()))
                                .toList());
        index().replaceDocument(other, List.of(indexed(workspace, other, 2, WORDS, randomUnitVector())));

        assertThat(index().chunksBetween(document, 2, 4))
                .extracting(ChunkMatch::ordinal)
                .containsExactly(2, 3, 4);
        assertThat(index().chunksBetween(document, -1, 1))
                .extracting(ChunkMatch::ordinal)
                .containsExactly(0, 1);
        assertThat(index().chunksBetween(document, 6, 9)).isEmpty();
    }

    // ---------------------------------------------------------------- helpers

    /** One document with one chunk near the query and the given facets. */
    private DocumentId store(WorkspaceId workspace, float[] query, String type, List<String> tags, String created) {
        DocumentId document = DocumentId.random();
        var facets = new DocumentFacets(type, tags, at(created));
        index().replaceDocument(
                        document,
                        List.of(faceted(
                                indexed(workspace, document, 0, WORDS + " for " + type, atCosine(query, 0.8)),
                                facets)));
        return document;
    }

    /** The documents both searches find with the filter; they must agree. */
    private Set<DocumentId> found(SearchFilter filter, float[] query) {
        Set<DocumentId> byVector = index().nearest(filter, query, 20).stream()
                .map(ChunkMatch::documentId)
                .collect(Collectors.toSet());
        Set<DocumentId> byWords = index().keyword(filter, WORDS, 20).stream()
                .map(ChunkMatch::documentId)
                .collect(Collectors.toSet());
        assertThat(byWords).as("keyword search with %s", filter).isEqualTo(byVector);
        return byVector;
    }

    private static IndexedChunk faceted(IndexedChunk chunk, DocumentFacets facets) {
        return new IndexedChunk(chunk.chunk(), chunk.embedding(), facets);
    }

    private static Instant at(String instant) {
        return Instant.parse(instant);
    }

    private static double cosine(float[] a, float[] b) {
        double dot = 0, na = 0, nb = 0;
        for (int i = 0; i < a.length; i++) {
            dot += a[i] * b[i];
            na += a[i] * a[i];
            nb += b[i] * b[i];
        }
        return dot / Math.sqrt(na * nb);
    }
}
