package dev.lectern.studio.web;

import dev.lectern.documents.DocumentId;
import dev.lectern.shared.EventStream;
import dev.lectern.shared.LecternProblem;
import dev.lectern.studio.BrandVoices;
import dev.lectern.studio.Channel;
import dev.lectern.studio.CitedSentence;
import dev.lectern.studio.CopyRequest;
import dev.lectern.studio.CopyVariant;
import dev.lectern.studio.MarketingCopy;
import dev.lectern.workspaces.WorkspaceId;
import dev.lectern.workspaces.Workspaces;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.mvc.method.annotation.SseEmitter;

/** Marketing copy from a brief and sources, and the workspace's brand-voice guide it follows. */
@RestController
class CopyController {

    private final MarketingCopy copy;
    private final BrandVoices voices;
    private final Workspaces workspaces;

    CopyController(MarketingCopy copy, BrandVoices voices, Workspaces workspaces) {
        this.copy = copy;
        this.voices = voices;
        this.workspaces = workspaces;
    }

    record CopyBody(
            String brief,
            List<UUID> documentIds,
            String query,
            String audience,
            String tone,
            Channel channel,
            Integer words,
            Integer variants) {

        CopyRequest toRequest(UUID workspaceId) {
            var ids = documentIds == null
                    ? null
                    : documentIds.stream().map(DocumentId::new).collect(Collectors.toSet());
            return new CopyRequest(
                    new WorkspaceId(workspaceId), brief, ids, query, audience, tone, channel, words, variants);
        }
    }

    record VariantView(
            String text,
            List<CitedSentence> sentences,
            List<String> unsupported,
            double supportedShare,
            List<AnswerView.CitationView> citations,
            List<Integer> invalidCitations) {
        static VariantView of(CopyVariant v) {
            return new VariantView(
                    v.text(),
                    v.sentences(),
                    v.sentences().stream()
                            .filter(s -> !s.supported())
                            .map(CitedSentence::text)
                            .toList(),
                    v.supportedShare(),
                    v.citations().stream().map(AnswerView.CitationView::of).toList(),
                    v.invalidCitations());
        }
    }

    record CopyView(Channel channel, List<VariantView> variants) {}

    record BrandVoice(String guide) {}

    @PostMapping(path = "/api/v1/workspaces/{workspaceId}/copy", produces = MediaType.APPLICATION_JSON_VALUE)
    CopyView write(@PathVariable UUID workspaceId, @RequestBody CopyBody body) {
        CopyRequest request = body.toRequest(workspaceId);
        return new CopyView(
                request.channel(),
                copy.write(request).stream().map(VariantView::of).toList());
    }

    /**
     * Each variant's text as it is written ({@code token} with the variant's index), then the checked variants
     * ({@code copy}), then done. Without a model the answer is the 503 problem detail, before any stream opens.
     */
    @PostMapping(path = "/api/v1/workspaces/{workspaceId}/copy", produces = MediaType.TEXT_EVENT_STREAM_VALUE)
    SseEmitter stream(@PathVariable UUID workspaceId, @RequestBody CopyBody body) {
        // checks and retrieval run before the stream opens, so that bad input gets a problem detail
        MarketingCopy.Prepared prepared = copy.prepare(body.toRequest(workspaceId));
        return EventStream.start(events -> {
            var variants = copy.write(
                    prepared, (variant, piece) -> events.send("token", Map.of("variant", variant, "text", piece)));
            events.send(
                    "copy",
                    new CopyView(
                            prepared.channel(),
                            variants.stream().map(VariantView::of).toList()));
            events.send("done", Map.of("finished", true));
        });
    }

    @GetMapping("/api/v1/workspaces/{workspaceId}/brand-voice")
    BrandVoice brandVoice(@PathVariable UUID workspaceId) {
        workspaces.requireExists(new WorkspaceId(workspaceId));
        return new BrandVoice(
                voices.find(workspaceId).orElseThrow(() -> LecternProblem.notFound("brand voice", workspaceId)));
    }

    @PutMapping("/api/v1/workspaces/{workspaceId}/brand-voice")
    BrandVoice saveBrandVoice(@PathVariable UUID workspaceId, @RequestBody BrandVoice body) {
        workspaces.requireExists(new WorkspaceId(workspaceId));
        if (body.guide() == null || body.guide().isBlank() || body.guide().length() > BrandVoices.MAX_LENGTH) {
            throw new LecternProblem(
                    HttpStatus.BAD_REQUEST,
                    "invalid-brand-voice",
                    "Invalid brand voice",
                    "Give the guide in 'guide', at most %d characters.".formatted(BrandVoices.MAX_LENGTH));
        }
        voices.save(workspaceId, body.guide().strip());
        return new BrandVoice(body.guide().strip());
    }

    @DeleteMapping("/api/v1/workspaces/{workspaceId}/brand-voice")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    void deleteBrandVoice(@PathVariable UUID workspaceId) {
        if (!voices.delete(workspaceId)) {
            throw LecternProblem.notFound("brand voice", workspaceId);
        }
    }
}
