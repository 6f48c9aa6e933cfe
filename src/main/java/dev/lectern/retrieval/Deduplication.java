package dev.lectern.retrieval;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

/**
 * Folds near-identical chunks into the best-ranked of them: the same text once case, punctuation and spacing
 * are ignored, or (where embeddings are at hand) a cosine of at least {@value #SAME_MEANING}.
 */
final class Deduplication {

    static final double SAME_MEANING = 0.98;

    private Deduplication() {}

    /** The hits in ranked order, each with the later-ranked copies it absorbed. */
    static List<SearchHit> fold(List<RankedChunk> ranked, Map<UUID, float[]> vectors) {
        List<RankedChunk> kept = new ArrayList<>();
        Map<RankedChunk, List<ChunkMatch>> copies = new HashMap<>();
        Map<String, RankedChunk> byText = new HashMap<>();
        for (RankedChunk candidate : ranked) {
            RankedChunk original = byText.get(normalised(candidate.chunk().text()));
            if (original == null) {
                original = sameMeaning(candidate, kept, vectors);
            }
            if (original == null) {
                kept.add(candidate);
                byText.put(normalised(candidate.chunk().text()), candidate);
            } else {
                copies.computeIfAbsent(original, k -> new ArrayList<>()).add(candidate.chunk());
            }
        }
        return kept.stream()
                .map(hit -> new SearchHit(hit, copies.getOrDefault(hit, List.of()), List.of()))
                .toList();
    }

    static String normalised(String text) {
        String folded = Normalizer.normalize(text, Normalizer.Form.NFKC).toLowerCase(Locale.ROOT);
        return folded.replaceAll("[^\\p{L}\\p{N}]+", " ").strip();
    }

    private static RankedChunk sameMeaning(RankedChunk candidate, List<RankedChunk> kept, Map<UUID, float[]> vectors) {
        float[] vector = vectors.get(candidate.chunk().chunkId());
        if (vector == null) {
            return null;
        }
        for (RankedChunk hit : kept) {
            float[] other = vectors.get(hit.chunk().chunkId());
            if (other != null && Vectors.cosine(vector, other) >= SAME_MEANING) {
                return hit;
            }
        }
        return null;
    }
}
