package dev.lectern.studio;

import dev.lectern.generation.GenerationSettings;
import dev.lectern.generation.LecternChatOptions;
import dev.lectern.generation.ModelAvailability;
import dev.lectern.shared.LecternProblem;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;
import org.springframework.ai.chat.client.ChatClient;
import org.springframework.ai.chat.model.ChatModel;
import org.springframework.ai.chat.prompt.Prompt;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Service;

/**
 * Writes marketing copy whose facts come only from the sources, each claim cited, in the workspace's brand
 * voice. Needs the model: without one the model's 503 problem is thrown before any work starts.
 */
@Service
public class MarketingCopy {

    private final DocumentChecks checks;
    private final SourceSets sourceSets;
    private final WorkspacePrompts prompts;
    private final BrandVoices voices;
    private final StudioSettings settings;
    private final ChatModel model;
    private final ChatClient chat;
    private final int contextTokens;
    private final CitationCheck citationCheck;

    MarketingCopy(
            DocumentChecks checks,
            SourceSets sourceSets,
            WorkspacePrompts prompts,
            BrandVoices voices,
            StudioSettings settings,
            ChatModel model,
            GenerationSettings generation,
            CitationCheck citationCheck) {
        this.citationCheck = citationCheck;
        this.checks = checks;
        this.sourceSets = sourceSets;
        this.prompts = prompts;
        this.voices = voices;
        this.settings = settings;
        this.model = model;
        this.chat = ChatClient.create(model);
        this.contextTokens = generation.contextSize();
    }

    /** A checked request with its sources and prompt (so that checks fail before a stream opens). */
    public static final class Prepared {
        final CopyRequest request;
        final List<Source> sources;
        final String prompt;

        Prepared(CopyRequest request, List<Source> sources, String prompt) {
            this.request = request;
            this.sources = sources;
            this.prompt = prompt;
        }

        public Channel channel() {
            return request.channel();
        }
    }

    /** Streams the variants' text as it is written: which variant (from 0) and the piece; false stops. */
    @FunctionalInterface
    public interface VariantText {
        boolean accept(int variant, String piece);
    }

    public List<CopyVariant> write(CopyRequest request) {
        return write(prepare(request), null);
    }

    /** Writes the variants one after another, each cited sentence checked against its sources. */
    public List<CopyVariant> write(Prepared prepared, VariantText onText) {
        List<CopyVariant> variants = new ArrayList<>();
        for (int i = 0; i < prepared.request.variants(); i++) {
            int variant = i;
            Predicate<String> pieces = onText == null ? null : piece -> onText.accept(variant, piece);
            variants.add(variant(prepared.prompt, prepared.sources, i, pieces));
        }
        return variants;
    }

    /** Checks the request, gathers its sources and renders the prompt; 4xx problems for bad input. */
    public Prepared prepare(CopyRequest request) {
        if (request.brief() == null || request.brief().isBlank()) {
            throw invalid("Give the brief in 'brief'.");
        }
        if (request.words() < CopyRequest.MIN_WORDS || request.words() > CopyRequest.MAX_WORDS) {
            throw invalid("'words' must be between %d and %d.".formatted(CopyRequest.MIN_WORDS, CopyRequest.MAX_WORDS));
        }
        if (request.variants() < 1 || request.variants() > CopyRequest.MAX_VARIANTS) {
            throw invalid("'variants' must be between 1 and %d.".formatted(CopyRequest.MAX_VARIANTS));
        }
        checks.requireSearchable(request.workspaceId(), request.documentIds());
        ModelAvailability.require(model); // before retrieval, and before a stream answers 200
        String query = request.query() == null && request.documentIds().isEmpty() ? request.brief() : request.query();
        List<Source> sources = fit(sourceSets.gather(request.workspaceId(), request.documentIds(), query));
        if (sources.isEmpty()) {
            throw new LecternProblem(
                    HttpStatus.UNPROCESSABLE_CONTENT,
                    "no-sources",
                    "No sources",
                    "No passage backs this brief; name the documents the facts should come from.");
        }
        return new Prepared(
                request, sources, prompts.of(request.workspaceId()).render("copy", values(request, sources)));
    }

    private Map<String, String> values(CopyRequest request, List<Source> sources) {
        return Map.of(
                "channel", request.channel().instruction(),
                "brief", request.brief().strip(),
                "audience", request.audience(),
                "tone", request.tone(),
                "words", String.valueOf(request.words()),
                "brandVoice", voices.find(request.workspaceId().value()).orElse("none given"),
                "sources", SourceBlock.render(sources));
    }

    /** Variants differ by their sampling seed; a higher temperature than answers, for some variety. */
    private CopyVariant variant(String prompt, List<Source> sources, int index, Predicate<String> onText) {
        var options = LecternChatOptions.builder()
                .maxTokens(settings.summaryMaxTokens() * 2)
                .temperature(0.8)
                .seed(1000 + index)
                .build();
        String text = ModelText.write(chat, new Prompt(prompt, options), onText);
        var parsed = Citations.parse(text, sources);
        return new CopyVariant(
                parsed.text(), citationCheck.check(parsed.sentences(), sources), parsed.citations(), parsed.invalid());
    }

    /** Keeps the sources, best or first ones first, that fit one prompt. */
    private List<Source> fit(List<Source> sources) {
        int budget = settings.summaryBudget(contextTokens);
        List<Source> kept = new ArrayList<>();
        int used = 0;
        for (Source source : sources) {
            used += SourceBlock.render(source).length();
            if (used > budget && !kept.isEmpty()) {
                break;
            }
            kept.add(source);
        }
        return kept;
    }

    private static LecternProblem invalid(String detail) {
        return new LecternProblem(HttpStatus.BAD_REQUEST, "invalid-copy-request", "Invalid copy request", detail);
    }
}
