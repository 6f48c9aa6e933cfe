package dev.lectern.studio;

import dev.lectern.retrieval.ChunkSearch;
import dev.lectern.retrieval.RankedChunk;
import dev.lectern.retrieval.ResultShaping;
import dev.lectern.retrieval.SearchFilter;
import dev.lectern.retrieval.SearchHit;
import dev.lectern.retrieval.SearchMode;
import java.util.ArrayList;
import java.util.List;
import org.springframework.stereotype.Component;

/** Finds the evidence for a question: a hybrid search, without chunks that are only vaguely similar. */
@Component
class SourceFinder {

    private final ChunkSearch search;
    private final StudioSettings settings;

    SourceFinder(ChunkSearch search, StudioSettings settings) {
        this.search = search;
        this.settings = settings;
    }

    List<Source> find(SearchFilter filter, String query) {
        return find(filter, query, settings.sources());
    }

    List<Source> find(SearchFilter filter, String query, int k) {
        List<SearchHit> hits = search.search(filter, query, k, SearchMode.HYBRID, ResultShaping.DEFAULT)
                .hits();
        List<Source> sources = new ArrayList<>();
        for (SearchHit hit : hits) {
            if (relevant(hit.ranked())) {
                sources.add(new Source(sources.size() + 1, hit.ranked().chunk()));
            }
        }
        return sources;
    }

    /** A keyword match is evidence; a vector-only match must be similar enough. */
    private boolean relevant(RankedChunk chunk) {
        return chunk.keywordScore() != null
                || (chunk.vectorScore() != null && chunk.vectorScore() >= settings.minRelevance());
    }
}
