package dev.lectern.retrieval;

import dev.lectern.shared.LecternProblem;
import dev.lectern.workspaces.WorkspaceId;
import dev.lectern.workspaces.Workspaces;
import java.util.List;
import org.springframework.ai.embedding.EmbeddingModel;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Service;

/** Searches a workspace's chunks for a natural-language query. */
@Service
public class ChunkSearch {

    private final Workspaces workspaces;
    private final EmbeddingModel embeddings;
    private final ChunkIndex index;
    private final RetrievalSettings settings;

    ChunkSearch(Workspaces workspaces, EmbeddingModel embeddings, ChunkIndex index, RetrievalSettings settings) {
        this.workspaces = workspaces;
        this.embeddings = embeddings;
        this.index = index;
        this.settings = settings;
    }

    /** Candidates each stage hands to fusion: fusion can only promote what a stage found. */
    static final int FUSION_CANDIDATES = 50;

    public List<RankedChunk> search(WorkspaceId workspaceId, String query, Integer k, SearchMode mode) {
        workspaces.requireExists(workspaceId);
        if (query == null || query.isBlank()) {
            throw new LecternProblem(
                    HttpStatus.BAD_REQUEST, "missing-query", "Missing query", "Give the search text in 'q'.");
        }
        int topK = k == null ? settings.defaultTopK() : k;
        if (topK < 1 || topK > settings.maxTopK()) {
            throw new LecternProblem(
                    HttpStatus.BAD_REQUEST,
                    "invalid-parameter",
                    "Invalid parameter",
                    "'k' must be between 1 and %d.".formatted(settings.maxTopK()));
        }
        String text = query.strip();
        return switch (mode == null ? SearchMode.HYBRID : mode) {
            case VECTOR ->
                index.nearest(workspaceId, embeddings.embed(text), topK).stream()
                        .map(m -> new RankedChunk(m, m.score(), null, m.score()))
                        .toList();
            case KEYWORD ->
                index.keyword(workspaceId, text, topK).stream()
                        .map(m -> new RankedChunk(m, null, m.score(), m.score()))
                        .toList();
            case HYBRID -> {
                int candidates = Math.max(topK, FUSION_CANDIDATES);
                yield ReciprocalRankFusion.fuse(
                        index.nearest(workspaceId, embeddings.embed(text), candidates),
                        index.keyword(workspaceId, text, candidates),
                        topK);
            }
        };
    }
}
