package dev.lectern.retrieval;

import static dev.lectern.retrieval.ShapingFixtures.direction;
import static dev.lectern.retrieval.ShapingFixtures.ranked;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class MaximalMarginalRelevanceTests {

    // three near-copies of one passage ranked first, then a different one
    final List<SearchHit> candidates = List.of(
            SearchHit.of(ranked(0, "a", 1.0)),
            SearchHit.of(ranked(1, "a'", 0.95)),
            SearchHit.of(ranked(2, "a''", 0.9)),
            SearchHit.of(ranked(3, "b", 0.6)));
    final Map<UUID, float[]> vectors = Map.of(
            id(0), direction(0),
            id(1), direction(3),
            id(2), direction(6),
            id(3), direction(90));

    @Test
    void lambdaOneKeepsTheRanking() {
        assertThat(ordinals(MaximalMarginalRelevance.select(candidates, vectors, 1.0, 3)))
                .containsExactly(0, 1, 2);
    }

    @Test
    void aLowerLambdaPromotesTheDifferentPassageOverNearCopies() {
        assertThat(ordinals(MaximalMarginalRelevance.select(candidates, vectors, 0.5, 3)))
                .containsExactly(0, 3, 1);
    }

    @Test
    void returnsNoMoreThanTheCandidates() {
        assertThat(MaximalMarginalRelevance.select(candidates.subList(0, 2), vectors, 0.5, 5))
                .hasSize(2);
    }

    private UUID id(int ordinal) {
        return candidates.get(ordinal).ranked().chunk().chunkId();
    }

    private static List<Integer> ordinals(List<SearchHit> hits) {
        return hits.stream().map(hit -> hit.ranked().chunk().ordinal()).toList();
    }
}
