package dev.lectern.retrieval;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * Fuses ranked lists by reciprocal rank: each list adds weight / (k + rank) to a chunk's score. Ranks, not raw
 * scores, are combined, because cosine similarities and BM25 scores are on unrelated scales.
 */
final class ReciprocalRankFusion {

    private ReciprocalRankFusion() {}

    /** The {@code limit} best chunks of both rankings by weighted reciprocal rank, best first. */
    static List<RankedChunk> fuse(
            List<ChunkMatch> byVector, List<ChunkMatch> byKeyword, int limit, RetrievalSettings.Fusion fusion) {
        return fuse(byVector, byKeyword, limit, fusion.k(), fusion.vectorWeight(), fusion.keywordWeight());
    }

    /** Fusion with its constant and a weight per list, for benchmarks that tune them. */
    static List<RankedChunk> fuse(
            List<ChunkMatch> byVector,
            List<ChunkMatch> byKeyword,
            int limit,
            int k,
            double vectorWeight,
            double keywordWeight) {
        Map<UUID, Entry> entries = new LinkedHashMap<>();
        for (int rank = 0; rank < byVector.size(); rank++) {
            ChunkMatch match = byVector.get(rank);
            Entry entry = entries.computeIfAbsent(match.chunkId(), id -> new Entry(match));
            entry.vectorScore = match.score();
            entry.fused += vectorWeight / (k + rank + 1);
        }
        for (int rank = 0; rank < byKeyword.size(); rank++) {
            ChunkMatch match = byKeyword.get(rank);
            Entry entry = entries.computeIfAbsent(match.chunkId(), id -> new Entry(match));
            entry.keywordScore = match.score();
            entry.fused += keywordWeight / (k + rank + 1);
        }
        List<RankedChunk> fused = new ArrayList<>();
        for (Entry entry : entries.values()) {
            fused.add(new RankedChunk(entry.chunk, entry.vectorScore, entry.keywordScore, entry.fused));
        }
        fused.sort(Comparator.comparingDouble(RankedChunk::score).reversed());
        return fused.subList(0, Math.min(limit, fused.size()));
    }

    private static final class Entry {
        final ChunkMatch chunk;
        Double vectorScore;
        Double keywordScore;
        double fused;

        Entry(ChunkMatch chunk) {
            this.chunk = chunk;
        }
    }
}
