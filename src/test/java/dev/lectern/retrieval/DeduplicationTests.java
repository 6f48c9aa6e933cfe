package dev.lectern.retrieval;

import static dev.lectern.retrieval.ShapingFixtures.direction;
import static dev.lectern.retrieval.ShapingFixtures.ranked;
import static org.assertj.core.api.Assertions.assertThat;

import dev.lectern.documents.DocumentId;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class DeduplicationTests {

    @Test
    void foldsTheSameTextIgnoringCasePunctuationAndSpacingIntoTheBestRankedCopy() {
        DocumentId other = DocumentId.random();
        RankedChunk first = ranked(0, "Refunds are paid within 30 days.", 0.9);
        RankedChunk different = ranked(1, "Refunds are paid within 60 days.", 0.8);
        RankedChunk copy = ranked(other, 4, "  refunds ARE paid — within 30 days ", 0.7);

        List<SearchHit> hits = Deduplication.fold(List.of(first, different, copy), Map.of());

        assertThat(hits).extracting(SearchHit::ranked).containsExactly(first, different);
        assertThat(hits.getFirst().duplicates()).containsExactly(copy.chunk());
        assertThat(hits.get(1).duplicates()).isEmpty();
    }

    @Test
    void foldsChunksWhoseEmbeddingsAreAlmostTheSameWhenTheyAreKnown() {
        RankedChunk first = ranked(0, "The pump moves water.", 0.9);
        RankedChunk reworded = ranked(1, "Water is moved by the pump.", 0.8);
        RankedChunk unrelated = ranked(2, "Filters are replaced in spring.", 0.7);
        var vectors = Map.of(
                first.chunk().chunkId(), direction(0),
                reworded.chunk().chunkId(), direction(5), // cosine 0.996
                unrelated.chunk().chunkId(), direction(30)); // cosine 0.87

        List<SearchHit> hits = Deduplication.fold(List.of(first, reworded, unrelated), vectors);

        assertThat(hits).extracting(SearchHit::ranked).containsExactly(first, unrelated);
        assertThat(hits.getFirst().duplicates()).containsExactly(reworded.chunk());
        assertThat(Deduplication.fold(List.of(first, reworded, unrelated), Map.of()))
                .hasSize(3);
    }
}
