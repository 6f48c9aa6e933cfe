package dev.lectern.retrieval;

import dev.lectern.ingestion.Chunk;
import dev.lectern.workspaces.WorkspaceId;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.Executor;
import java.util.concurrent.Executors;
import org.springframework.ai.embedding.EmbeddingModel;
import org.springframework.stereotype.Component;

/** Runs a query in one of the three modes against the chunk index; no checks, callers validate. */
@Component
public class RankedSearch {

    private static final Executor STAGES = Executors.newVirtualThreadPerTaskExecutor();

    private final EmbeddingModel embeddings;
    private final ChunkIndex index;

    private final String queryInstruction;
    private final RetrievalSettings.Fusion fusion;
    private final RetrievalSettings.Feedback feedback;

    RankedSearch(EmbeddingModel embeddings, ChunkIndex index, RetrievalSettings settings) {
        this.embeddings = embeddings;
        this.index = index;
        this.queryInstruction = settings.queryInstruction();
        this.fusion = settings.fusion();
        this.feedback = settings.feedback();
    }

    public List<RankedChunk> search(WorkspaceId workspaceId, String text, int k, SearchMode mode) {
        return search(SearchFilter.workspace(workspaceId), text, k, mode);
    }

    /** The k best chunks the filter admits; the filter is part of each index query. */
    public List<RankedChunk> search(SearchFilter filter, String text, int k, SearchMode mode) {
        return switch (mode) {
            case VECTOR ->
                index.nearest(filter, embedQuery(text), k).stream()
                        .map(m -> new RankedChunk(m, m.score(), null, m.score()))
                        .toList();
            case KEYWORD ->
                index.keyword(filter, text, k).stream()
                        .map(m -> new RankedChunk(m, null, m.score(), m.score()))
                        .toList();
            case HYBRID -> {
                int candidates = Math.max(k, fusion.candidates());
                // the keyword query runs while the query is embedded and the vector index searched: the
                // search takes as long as the slower of the two, not their sum
                CompletableFuture<List<ChunkMatch>> keyword =
                        CompletableFuture.supplyAsync(() -> index.keyword(filter, text, candidates), STAGES);
                float[] query = embedQuery(text);
                List<ChunkMatch> nearest = index.nearest(filter, query, candidates);
                List<ChunkMatch> words = joined(keyword);
                int feedbackChunks = Math.max(feedback.vectorChunks(), feedback.keywordChunks());
                if (!feedback.enabled() || feedbackChunks == 0) {
                    yield ReciprocalRankFusion.fuse(nearest, words, k, fusion);
                }
                List<ChunkMatch> first = ReciprocalRankFusion.fuse(nearest, words, feedbackChunks, fusion).stream()
                        .map(RankedChunk::chunk)
                        .toList();
                yield first.isEmpty()
                        ? List.of()
                        : secondPass(filter, text, query, first, nearest, words, candidates, k);
            }
        };
    }

    /**
     * Both stages again with pseudo-relevance feedback from the first pass's best chunks, in parallel like the
     * first pass; a stage whose feedback is switched off keeps its first ranking.
     */
    private List<RankedChunk> secondPass(
            SearchFilter filter,
            String text,
            float[] query,
            List<ChunkMatch> first,
            List<ChunkMatch> nearest,
            List<ChunkMatch> words,
            int candidates,
            int k) {
        KeywordFeedback expansion = new KeywordFeedback(
                first.subList(0, Math.min(feedback.keywordChunks(), first.size())),
                feedback.keywordTerms(),
                feedback.keywordWeight(),
                words.stream().map(ChunkMatch::chunkId).toList());
        CompletableFuture<List<ChunkMatch>> keyword = expansion.isEmpty()
                ? CompletableFuture.completedFuture(words)
                : CompletableFuture.supplyAsync(() -> index.keyword(filter, text, expansion, candidates), STAGES);
        List<ChunkMatch> moved = nearest;
        if (feedback.vectorChunks() > 0 && feedback.vectorRatio() > 0) {
            List<ChunkMatch> relevant = first.subList(0, Math.min(feedback.vectorChunks(), first.size()));
            Map<UUID, float[]> stored =
                    index.embeddings(relevant.stream().map(ChunkMatch::chunkId).toList());
            List<float[]> vectors = relevant.stream()
                    .map(chunk -> stored.get(chunk.chunkId()))
                    .filter(Objects::nonNull)
                    .toList();
            moved = index.nearest(
                    filter, PseudoRelevanceFeedback.moved(query, vectors, feedback.vectorRatio()), candidates);
        }
        List<RankedChunk> fused = ReciprocalRankFusion.fuse(
                moved, joined(keyword), k, fusion.k(), feedback.vectorWeight(), 1 - feedback.vectorWeight());
        return withQueryScores(fused, nearest, words);
    }

    /**
     * The stage scores a result shows are the question's own (first pass), not the feedback queries': a chunk that
     * only the added words found has no keyword score, so callers that take a keyword match as evidence (grounded
     * answers refuse when there is none) are not fooled by words the question never had.
     */
    private static List<RankedChunk> withQueryScores(
            List<RankedChunk> fused, List<ChunkMatch> nearest, List<ChunkMatch> words) {
        Map<UUID, Double> vector = new HashMap<>();
        nearest.forEach(match -> vector.put(match.chunkId(), match.score()));
        Map<UUID, Double> keyword = new HashMap<>();
        words.forEach(match -> keyword.put(match.chunkId(), match.score()));
        return fused.stream()
                .map(result -> new RankedChunk(
                        result.chunk(),
                        vector.get(result.chunk().chunkId()),
                        keyword.get(result.chunk().chunkId()),
                        result.score()))
                .toList();
    }

    private static List<ChunkMatch> joined(CompletableFuture<List<ChunkMatch>> stage) {
        try {
            return stage.join();
        } catch (CompletionException e) {
            throw e.getCause() instanceof RuntimeException cause ? cause : e;
        }
    }

    private float[] embedQuery(String text) {
        return embeddings.embed(queryInstruction.isEmpty() ? text : queryInstruction + text);
    }

    /** The breadcrumb is embedded with the passage so that "Refunds" under "Returns" is found by either. */
    public static String embeddingText(Chunk chunk) {
        return chunk.headingPath().isEmpty() ? chunk.text() : chunk.headingPath() + "\n" + chunk.text();
    }
}
