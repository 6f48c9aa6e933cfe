package dev.lectern.retrieval;

import dev.lectern.ingestion.Chunk;
import dev.lectern.workspaces.WorkspaceId;
import java.util.List;
import org.springframework.ai.embedding.EmbeddingModel;
import org.springframework.stereotype.Component;

/** Runs a query in one of the three modes against the chunk index; no checks, callers validate. */
@Component
public class RankedSearch {

    /** Candidates each stage hands to fusion: fusion can only promote what a stage found. */
    static final int FUSION_CANDIDATES = 50;

    private final EmbeddingModel embeddings;
    private final ChunkIndex index;

    private final String queryInstruction;

    RankedSearch(EmbeddingModel embeddings, ChunkIndex index, RetrievalSettings settings) {
        this.embeddings = embeddings;
        this.index = index;
        this.queryInstruction = settings.queryInstruction();
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
                int candidates = Math.max(k, FUSION_CANDIDATES);
                yield ReciprocalRankFusion.fuse(
                        index.nearest(filter, embedQuery(text), candidates),
                        index.keyword(filter, text, candidates),
                        k);
            }
        };
    }

    private float[] embedQuery(String text) {
        return embeddings.embed(queryInstruction.isEmpty() ? text : queryInstruction + text);
    }

    /** The breadcrumb is embedded with the passage so that "Refunds" under "Returns" is found by either. */
    public static String embeddingText(Chunk chunk) {
        return chunk.headingPath().isEmpty() ? chunk.text() : chunk.headingPath() + "\n" + chunk.text();
    }
}
