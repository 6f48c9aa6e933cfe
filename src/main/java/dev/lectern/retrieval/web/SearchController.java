package dev.lectern.retrieval.web;

import dev.lectern.retrieval.ChunkMatch;
import dev.lectern.retrieval.ChunkSearch;
import dev.lectern.retrieval.RankedChunk;
import dev.lectern.retrieval.ResultShaping;
import dev.lectern.retrieval.SearchHit;
import dev.lectern.retrieval.SearchMode;
import dev.lectern.retrieval.SearchOutcome;
import java.util.List;
import java.util.UUID;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** Searches a workspace, with filters applied inside the index and optional shaping of the results. */
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
            @RequestParam(required = false) SearchMode mode,
            @RequestParam(required = false) List<String> documentIds,
            @RequestParam(required = false) List<String> type,
            @RequestParam(required = false) List<String> tags,
            @RequestParam(required = false) String from,
            @RequestParam(required = false) String to,
            @RequestParam(required = false) Double diversity,
            @RequestParam(defaultValue = "0") int neighbours,
            @RequestParam(defaultValue = "true") boolean dedup,
            @RequestParam(required = false) Double minScore) {
        var filter = FilterParameters.filter(workspaceId, documentIds, type, tags, from, to);
        var shaping = new ResultShaping(diversity, neighbours, dedup, minScore);
        SearchOutcome outcome = search.search(filter, q, k, mode, shaping);
        return new SearchResults(
                outcome.query(),
                outcome.queryTruncated(),
                outcome.hits().stream().map(SearchResult::of).toList());
    }

    /**
     * @param query the query as it was run
     * @param queryTruncated true when the query was cut to the embedding model's limit of tokens
     */
    record SearchResults(String query, boolean queryTruncated, List<SearchResult> results) {}

    /** The score each stage gave the chunk; null where that stage did not return it. */
    record Scores(Double vector, Double keyword) {}

    record SearchResult(
            UUID chunkId,
            UUID documentId,
            String documentName,
            int ordinal,
            String text,
            String headingPath,
            LocationView location,
            double score,
            Scores scores,
            List<ChunkRef> duplicates,
            List<ContextChunk> context) {
        static SearchResult of(SearchHit hit) {
            RankedChunk ranked = hit.ranked();
            ChunkMatch match = ranked.chunk();
            return new SearchResult(
                    match.chunkId(),
                    match.documentId().value(),
                    match.documentName(),
                    match.ordinal(),
                    match.text(),
                    match.headingPath(),
                    LocationView.of(match.location()),
                    ranked.score(),
                    new Scores(ranked.vectorScore(), ranked.keywordScore()),
                    hit.duplicates().stream().map(ChunkRef::of).toList(),
                    hit.context().stream().map(ContextChunk::of).toList());
        }
    }

    /** A chunk folded into a result because it holds the same passage, so that its citation is not lost. */
    record ChunkRef(UUID chunkId, UUID documentId, String documentName, LocationView location) {
        static ChunkRef of(ChunkMatch chunk) {
            return new ChunkRef(
                    chunk.chunkId(),
                    chunk.documentId().value(),
                    chunk.documentName(),
                    LocationView.of(chunk.location()));
        }
    }

    /** A chunk next to a result in its document. */
    record ContextChunk(UUID chunkId, int ordinal, String text, String headingPath, LocationView location) {
        static ContextChunk of(ChunkMatch chunk) {
            return new ContextChunk(
                    chunk.chunkId(),
                    chunk.ordinal(),
                    chunk.text(),
                    chunk.headingPath(),
                    LocationView.of(chunk.location()));
        }
    }
}
