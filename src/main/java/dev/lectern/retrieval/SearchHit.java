package dev.lectern.retrieval;

import java.util.List;

/**
 * One result of a search after shaping.
 *
 * @param duplicates chunks with the same (or nearly the same) content that were folded into this one
 * @param context the chunks around this one in its document, in reading order, when neighbours were asked for
 */
public record SearchHit(RankedChunk ranked, List<ChunkMatch> duplicates, List<ChunkMatch> context) {

    public SearchHit {
        duplicates = List.copyOf(duplicates);
        context = List.copyOf(context);
    }

    static SearchHit of(RankedChunk ranked) {
        return new SearchHit(ranked, List.of(), List.of());
    }

    SearchHit withContext(List<ChunkMatch> neighbours) {
        return new SearchHit(ranked, duplicates, neighbours);
    }
}
