package dev.lectern.studio.web;

import dev.lectern.documents.DocumentId;
import dev.lectern.shared.EventStream;
import dev.lectern.studio.AnswerMode;
import dev.lectern.studio.CitedSentence;
import dev.lectern.studio.Summaries;
import dev.lectern.studio.Summary;
import dev.lectern.studio.SummaryRequest;
import dev.lectern.studio.SummaryStyle;
import dev.lectern.workspaces.WorkspaceId;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.mvc.method.annotation.SseEmitter;

/** Summaries of documents or search results, each statement with its citations. */
@RestController
class SummaryController {

    private final Summaries summaries;

    SummaryController(Summaries summaries) {
        this.summaries = summaries;
    }

    record SummarizeRequest(
            List<UUID> documentIds, String query, SummaryStyle style, Integer targetWords, AnswerMode mode) {

        SummaryRequest toRequest(UUID workspaceId) {
            var ids = documentIds == null
                    ? null
                    : documentIds.stream().map(DocumentId::new).collect(Collectors.toSet());
            return new SummaryRequest(new WorkspaceId(workspaceId), ids, query, style, targetWords, mode);
        }
    }

    record SummaryView(
            AnswerMode mode,
            SummaryStyle style,
            String text,
            List<CitedSentence> sentences,
            List<String> unsupported,
            double supportedShare,
            List<AnswerView.CitationView> citations,
            List<Integer> invalidCitations,
            int sourcesUsed,
            int modelCalls) {

        static SummaryView of(Summary s) {
            return new SummaryView(
                    s.mode(),
                    s.style(),
                    s.text(),
                    s.sentences(),
                    s.sentences().stream()
                            .filter(c -> !c.supported())
                            .map(CitedSentence::text)
                            .toList(),
                    s.supportedShare(),
                    s.citations().stream().map(AnswerView.CitationView::of).toList(),
                    s.invalidCitations(),
                    s.sourcesUsed(),
                    s.modelCalls());
        }
    }

    @PostMapping(path = "/api/v1/workspaces/{workspaceId}/summaries", produces = MediaType.APPLICATION_JSON_VALUE)
    SummaryView summarize(@PathVariable UUID workspaceId, @RequestBody SummarizeRequest body) {
        return SummaryView.of(summaries.summarize(body.toRequest(workspaceId)));
    }

    /** The summary's text as it is written ({@code token}), then the checked summary ({@code summary}), then done. */
    @PostMapping(path = "/api/v1/workspaces/{workspaceId}/summaries", produces = MediaType.TEXT_EVENT_STREAM_VALUE)
    SseEmitter stream(@PathVariable UUID workspaceId, @RequestBody SummarizeRequest body) {
        // checks and retrieval run before the stream opens, so that bad input gets a problem detail
        Summaries.Prepared prepared = summaries.prepare(body.toRequest(workspaceId));
        return EventStream.start(events -> {
            Summary summary = summaries.summarize(prepared, piece -> events.send("token", Map.of("text", piece)));
            events.send("summary", SummaryView.of(summary));
            events.send("done", Map.of("finished", true));
        });
    }
}
