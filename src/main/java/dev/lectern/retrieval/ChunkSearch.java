package dev.lectern.retrieval;

import dev.lectern.embedding.TokenCounter;
import dev.lectern.shared.LecternProblem;
import dev.lectern.workspaces.WorkspaceId;
import dev.lectern.workspaces.Workspaces;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Service;

/** Searches a workspace's chunks for a natural-language query: checks the input, ranks, shapes the results. */
@Service
public class ChunkSearch {

    private final Workspaces workspaces;
    private final RankedSearch ranked;
    private final ChunkIndex index;
    private final RetrievalSettings settings;
    private final QueryText queryText;

    ChunkSearch(
            Workspaces workspaces,
            RankedSearch ranked,
            ChunkIndex index,
            RetrievalSettings settings,
            TokenCounter tokens) {
        this.workspaces = workspaces;
        this.ranked = ranked;
        this.index = index;
        this.settings = settings;
        this.queryText = new QueryText(tokens, settings.queryInstruction());
    }

    public List<RankedChunk> search(WorkspaceId workspaceId, String query, Integer k, SearchMode mode) {
        return search(SearchFilter.workspace(workspaceId), query, k, mode, ResultShaping.NONE).hits().stream()
                .map(SearchHit::ranked)
                .toList();
    }

    /** The k best chunks the filter admits, shaped; a 400 problem for a missing query or a bad k. */
    public SearchOutcome search(SearchFilter filter, String query, Integer k, SearchMode mode, ResultShaping shaping) {
        workspaces.requireExists(filter.workspaceId());
        QueryText.Cleaned cleaned = queryText.clean(query == null ? "" : query);
        if (cleaned.text().isEmpty()) {
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
        List<RankedChunk> candidates = ranked.search(
                filter, cleaned.text(), shaping.candidates(topK), mode == null ? SearchMode.HYBRID : mode);
        return new SearchOutcome(shape(candidates, topK, shaping), cleaned.text(), cleaned.truncated());
    }

    private List<SearchHit> shape(List<RankedChunk> candidates, int k, ResultShaping shaping) {
        List<RankedChunk> kept = shaping.minScore() == null
                ? candidates
                : candidates.stream()
                        .filter(c -> c.score() >= shaping.minScore())
                        .toList();
        Map<UUID, float[]> vectors = shaping.diversity() == null || kept.isEmpty()
                ? Map.of()
                : index.embeddings(kept.stream().map(c -> c.chunk().chunkId()).toList());
        List<SearchHit> hits = shaping.deduplicate()
                ? Deduplication.fold(kept, vectors)
                : kept.stream().map(SearchHit::of).toList();
        hits = shaping.diversity() == null
                ? hits.subList(0, Math.min(k, hits.size()))
                : MaximalMarginalRelevance.select(hits, vectors, 1 - shaping.diversity(), k);
        return NeighbourExpansion.expand(hits, shaping.neighbours(), index);
    }
}
