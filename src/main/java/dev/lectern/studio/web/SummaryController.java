package dev.lectern.studio.web;

import dev.lectern.documents.DocumentId;
import dev.lectern.studio.AnswerMode;
import dev.lectern.studio.CitedSentence;
import dev.lectern.studio.Summaries;
import dev.lectern.studio.Summary;
import dev.lectern.studio.SummaryRequest;
import dev.lectern.studio.SummaryStyle;
import dev.lectern.workspaces.WorkspaceId;
import java.util.List;
import java.util.UUID;
import java.util.stream.Collectors;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/** Summaries of documents or search results, each statement with its citations. */
@RestController
class SummaryController {

    private final Summaries summaries;

    SummaryController(Summaries summaries) {
        this.summaries = summaries;
    }

    record SummarizeRequest(
            List<UUID> documentIds, String query, SummaryStyle style, Integer targetWords, AnswerMode mode) {}

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

    @PostMapping("/api/v1/workspaces/{workspaceId}/summaries")
    SummaryView summarize(@PathVariable UUID workspaceId, @RequestBody SummarizeRequest body) {
        var ids = body.documentIds() == null
                ? null
                : body.documentIds().stream().map(DocumentId::new).collect(Collectors.toSet());
        return SummaryView.of(summaries.summarize(new SummaryRequest(
                new WorkspaceId(workspaceId), ids, body.query(), body.style(), body.targetWords(), body.mode())));
    }
}
