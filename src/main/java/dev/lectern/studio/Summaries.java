package dev.lectern.studio;

import dev.lectern.generation.GenerationSettings;
import dev.lectern.generation.GeneratorUnavailable;
import dev.lectern.shared.LecternProblem;
import java.util.List;
import java.util.function.Predicate;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Service;

/** Summarises documents or search results with citations per statement; map-reduce when they are long. */
@Service
public class Summaries {

    private final DocumentChecks checks;
    private final SourceSets sourceSets;
    private final MapReduceSummaries mapReduce;
    private final WorkspacePrompts prompts;
    private final StudioSettings settings;
    private final int contextTokens;
    private final CitationCheck citationCheck;

    Summaries(
            DocumentChecks checks,
            SourceSets sourceSets,
            MapReduceSummaries mapReduce,
            WorkspacePrompts prompts,
            StudioSettings settings,
            GenerationSettings generation,
            CitationCheck citationCheck) {
        this.citationCheck = citationCheck;
        this.checks = checks;
        this.sourceSets = sourceSets;
        this.mapReduce = mapReduce;
        this.prompts = prompts;
        this.settings = settings;
        this.contextTokens = generation.contextSize();
    }

    /** A checked request with its sources, ready to be written (so that checks fail before a stream opens). */
    public static final class Prepared {
        final SummaryRequest request;
        final List<Source> sources;

        Prepared(SummaryRequest request, List<Source> sources) {
            this.request = request;
            this.sources = sources;
        }
    }

    public Summary summarize(SummaryRequest request) {
        return summarize(prepare(request), null);
    }

    /** The summary, each cited statement checked against its sources; its text streamed to onText if not null. */
    public Summary summarize(Prepared prepared, Predicate<String> onText) {
        Summary summary = write(prepared.request, prepared.sources, onText);
        return summary.checked(citationCheck.check(summary.sentences(), prepared.sources));
    }

    /** Checks the request and gathers its sources; 4xx problems for bad input. */
    public Prepared prepare(SummaryRequest request) {
        if (request.documentIds().isEmpty() && request.query() == null) {
            throw invalid("Name the documents in 'documentIds', or give a search in 'query'.");
        }
        if (request.words() < SummaryRequest.MIN_WORDS || request.words() > SummaryRequest.MAX_WORDS) {
            throw invalid("'targetWords' must be between %d and %d."
                    .formatted(SummaryRequest.MIN_WORDS, SummaryRequest.MAX_WORDS));
        }
        checks.requireSearchable(request.workspaceId(), request.documentIds());
        List<Source> sources = sourceSets.gather(request.workspaceId(), request.documentIds(), request.query());
        if (sources.isEmpty()) {
            throw new LecternProblem(
                    HttpStatus.UNPROCESSABLE_CONTENT,
                    "nothing-to-summarise",
                    "Nothing to summarise",
                    "No passage matched; try other documents or another search.");
        }
        return new Prepared(request, sources);
    }

    private Summary write(SummaryRequest request, List<Source> sources, Predicate<String> onText) {
        if (request.mode() == AnswerMode.EXTRACTIVE) {
            return extractive(request, sources, onText);
        }
        try {
            return mapReduce.summarize(
                    prompts.of(request.workspaceId()),
                    sources,
                    request.style(),
                    request.words(),
                    settings.summaryBudget(contextTokens),
                    onText);
        } catch (GeneratorUnavailable e) {
            if (request.mode() == AnswerMode.GENERATIVE) {
                throw e;
            }
            return extractive(request, sources, onText);
        }
    }

    private static Summary extractive(SummaryRequest request, List<Source> sources, Predicate<String> onText) {
        Summary summary = ExtractiveSummaries.summarize(sources, request.style(), request.words());
        if (onText != null) {
            onText.test(summary.text());
        }
        return summary;
    }

    private static LecternProblem invalid(String detail) {
        return new LecternProblem(HttpStatus.BAD_REQUEST, "invalid-summary-request", "Invalid summary request", detail);
    }
}
