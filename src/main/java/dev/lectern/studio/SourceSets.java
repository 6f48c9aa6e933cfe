package dev.lectern.studio;

import dev.lectern.documents.DocumentId;
import dev.lectern.retrieval.ChunkIndex;
import dev.lectern.retrieval.ChunkMatch;
import dev.lectern.retrieval.SearchFilter;
import dev.lectern.shared.LecternProblem;
import dev.lectern.workspaces.WorkspaceId;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;

/** The numbered sources of a summary or a piece of copy: whole documents in reading order, or a search. */
@Component
class SourceSets {

    /** Chunks a search-based source set holds. */
    static final int QUERY_SOURCES = 20;

    private final ChunkIndex index;
    private final SourceFinder finder;
    private final StudioSettings settings;

    SourceSets(ChunkIndex index, SourceFinder finder, StudioSettings settings) {
        this.index = index;
        this.finder = finder;
        this.settings = settings;
    }

    /** A search (within the documents if any are named) when a query is given, else the documents whole. */
    List<Source> gather(WorkspaceId workspaceId, Set<DocumentId> documentIds, String query) {
        if (query != null) {
            var filter = SearchFilter.workspace(workspaceId).withDocuments(documentIds);
            return finder.find(filter, query, Math.min(QUERY_SOURCES, settings.summaryMaxSources()));
        }
        List<ChunkMatch> chunks = new ArrayList<>();
        // a stable order, so that the same request numbers its sources the same way
        documentIds.stream()
                .sorted((a, b) -> a.value().compareTo(b.value()))
                .forEach(id -> chunks.addAll(index.chunksOf(id)));
        if (chunks.size() > settings.summaryMaxSources()) {
            throw new LecternProblem(
                    HttpStatus.CONTENT_TOO_LARGE,
                    "sources-too-large",
                    "Too many passages",
                    "The documents have %d passages; one request reads at most %d. Name fewer documents."
                            .formatted(chunks.size(), settings.summaryMaxSources()));
        }
        List<Source> sources = new ArrayList<>();
        chunks.forEach(c -> sources.add(new Source(sources.size() + 1, c)));
        return sources;
    }
}
