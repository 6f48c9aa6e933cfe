package dev.lectern.retrieval.web;

import dev.lectern.retrieval.ChunkMatch;
import dev.lectern.retrieval.ChunkSearch;
import dev.lectern.retrieval.RankedChunk;
import dev.lectern.retrieval.SearchMode;
import dev.lectern.workspaces.WorkspaceId;
import java.util.List;
import java.util.UUID;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** Searches a workspace. */
@RestController
class SearchController {

    private final ChunkSearch search;

    SearchController(ChunkSearch search) {
        this.search = search;
    }

    @GetMapping("/api/v1/workspaces/{workspaceId}/search")
    SearchResults search(
            @PathVariable UUID workspaceId,
            @RequestParam(required = false) String q,
            @RequestParam(required = false) Integer k,
            @RequestParam(required = false) SearchMode mode) {
        List<SearchResult> results = search.search(new WorkspaceId(workspaceId), q, k, mode).stream()
                .map(SearchResult::of)
                .toList();
        return new SearchResults(results);
    }

    record SearchResults(List<SearchResult> results) {}

    /** The score each stage gave the chunk; null where that stage did not return it. */
    record Scores(Double vector, Double keyword) {}

    record SearchResult(
            UUID chunkId,
            UUID documentId,
            String documentName,
            String text,
            String headingPath,
            LocationView location,
            double score,
            Scores scores) {
        static SearchResult of(RankedChunk ranked) {
            ChunkMatch match = ranked.chunk();
            return new SearchResult(
                    match.chunkId(),
                    match.documentId().value(),
                    match.documentName(),
                    match.text(),
                    match.headingPath(),
                    LocationView.of(match.location()),
                    ranked.score(),
                    new Scores(ranked.vectorScore(), ranked.keywordScore()));
        }
    }
}
