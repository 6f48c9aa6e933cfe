package dev.lectern.retrieval;

import dev.lectern.shared.LecternProblem;
import dev.lectern.workspaces.WorkspaceId;
import dev.lectern.workspaces.Workspaces;
import java.util.List;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Service;

/** Searches a workspace's chunks for a natural-language query. */
@Service
public class ChunkSearch {

    private final Workspaces workspaces;
    private final RankedSearch ranked;
    private final RetrievalSettings settings;

    ChunkSearch(Workspaces workspaces, RankedSearch ranked, RetrievalSettings settings) {
        this.workspaces = workspaces;
        this.ranked = ranked;
        this.settings = settings;
    }

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
        return ranked.search(workspaceId, query.strip(), topK, mode == null ? SearchMode.HYBRID : mode);
    }
}
