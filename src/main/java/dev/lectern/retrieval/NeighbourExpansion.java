package dev.lectern.retrieval;

import java.util.List;

/** Attaches to each hit the chunks next to it in its document, so that a reader sees the passage in context. */
final class NeighbourExpansion {

    private NeighbourExpansion() {}

    static List<SearchHit> expand(List<SearchHit> hits, int neighbours, ChunkIndex index) {
        if (neighbours == 0) {
            return hits;
        }
        return hits.stream()
                .map(hit -> {
                    ChunkMatch chunk = hit.ranked().chunk();
                    List<ChunkMatch> around = index
                            .chunksBetween(
                                    chunk.documentId(), chunk.ordinal() - neighbours, chunk.ordinal() + neighbours)
                            .stream()
                            .filter(c -> c.ordinal() != chunk.ordinal())
                            .toList();
                    return hit.withContext(around);
                })
                .toList();
    }
}
