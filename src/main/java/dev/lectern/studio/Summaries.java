package dev.lectern.studio;

import dev.lectern.generation.GenerationSettings;
import dev.lectern.generation.GeneratorUnavailable;
import dev.lectern.retrieval.ChunkIndex;
import dev.lectern.retrieval.ChunkMatch;
import dev.lectern.retrieval.SearchFilter;
import dev.lectern.shared.LecternProblem;
import java.util.ArrayList;
import java.util.List;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Service;

/** Summarises documents or search results with citations per statement; map-reduce when they are long. */
@Service
public class Summaries {

    /** Chunks a search-based summary reads. */
    static final int QUERY_SOURCES = 20;

    private final DocumentChecks checks;
    private final ChunkIndex index;
    private final SourceFinder finder;
    private final MapReduceSummaries mapReduce;
    private final WorkspacePrompts prompts;
    private final StudioSettings settings;
    private final int contextTokens;

    Summaries(
            DocumentChecks checks,
            ChunkIndex index,
            SourceFinder finder,
            MapReduceSummaries mapReduce,
            WorkspacePrompts prompts,
            StudioSettings settings,
            GenerationSettings generation) {
        this.checks = checks;
        this.index = index;
        this.finder = finder;
        this.mapReduce = mapReduce;
        this.prompts = prompts;
        this.settings = settings;
        this.contextTokens = generation.contextSize();
    }

    public Summary summarize(SummaryRequest request) {
        if (request.documentIds().isEmpty() && request.query() == null) {
            throw invalid("Name the documents in 'documentIds', or give a search in 'query'.");
        }
        if (request.words() < SummaryRequest.MIN_WORDS || request.words() > SummaryRequest.MAX_WORDS) {
            throw invalid("'targetWords' must be between %d and %d."
                    .formatted(SummaryRequest.MIN_WORDS, SummaryRequest.MAX_WORDS));
        }
        checks.requireSearchable(request.workspaceId(), request.documentIds());
        List<Source> sources = sources(request);
        if (sources.isEmpty()) {
            throw new LecternProblem(
                    HttpStatus.UNPROCESSABLE_CONTENT,
                    "nothing-to-summarise",
                    "Nothing to summarise",
                    "No passage matched; try other documents or another search.");
        }
        if (request.mode() == AnswerMode.EXTRACTIVE) {
            return ExtractiveSummaries.summarize(sources, request.style(), request.words());
        }
        try {
            return mapReduce.summarize(
                    prompts.of(request.workspaceId()),
                    sources,
                    request.style(),
                    request.words(),
                    settings.summaryBudget(contextTokens));
        } catch (GeneratorUnavailable e) {
            if (request.mode() == AnswerMode.GENERATIVE) {
                throw e;
            }
            return ExtractiveSummaries.summarize(sources, request.style(), request.words());
        }
    }

    private List<Source> sources(SummaryRequest request) {
        if (request.query() != null) {
            var filter = SearchFilter.workspace(request.workspaceId()).withDocuments(request.documentIds());
            return finder.find(filter, request.query(), Math.min(QUERY_SOURCES, settings.summaryMaxSources()));
        }
        List<ChunkMatch> chunks = new ArrayList<>();
        // a stable order, so that the same request numbers its sources the same way
        request.documentIds().stream()
                .sorted((a, b) -> a.value().compareTo(b.value()))
                .forEach(id -> chunks.addAll(index.chunksOf(id)));
        if (chunks.size() > settings.summaryMaxSources()) {
            throw new LecternProblem(
                    HttpStatus.CONTENT_TOO_LARGE,
                    "summary-too-large",
                    "Too much to summarise",
                    "The documents have %d passages; one summary reads at most %d. Summarise fewer documents."
                            .formatted(chunks.size(), settings.summaryMaxSources()));
        }
        List<Source> sources = new ArrayList<>();
        chunks.forEach(c -> sources.add(new Source(sources.size() + 1, c)));
        return sources;
    }

    private static LecternProblem invalid(String detail) {
        return new LecternProblem(HttpStatus.BAD_REQUEST, "invalid-summary-request", "Invalid summary request", detail);
    }
}
