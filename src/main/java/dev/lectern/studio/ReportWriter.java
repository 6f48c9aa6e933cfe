package dev.lectern.studio;

import dev.lectern.documents.DocumentId;
import dev.lectern.generation.LecternChatOptions;
import dev.lectern.ingestion.parsing.Location;
import dev.lectern.retrieval.ChunkMatch;
import dev.lectern.retrieval.SearchFilter;
import dev.lectern.shared.LecternProblem;
import dev.lectern.workspaces.WorkspaceId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.springframework.ai.chat.client.ChatClient;
import org.springframework.ai.chat.model.ChatModel;
import org.springframework.ai.chat.prompt.Prompt;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Service;

/**
 * Writes reports from templates: each section retrieves its own sources (numbered across the report, so that
 * footnotes are unique) and has the model write it with citations. Regenerating or editing a section stores a
 * new version.
 */
@Service
public class ReportWriter {

    private final ReportTemplates templates;
    private final Reports reports;
    private final DocumentChecks checks;
    private final SourceFinder finder;
    private final WorkspacePrompts prompts;
    private final StudioSettings settings;
    private final ChatClient chat;

    ReportWriter(
            ReportTemplates templates,
            Reports reports,
            DocumentChecks checks,
            SourceFinder finder,
            WorkspacePrompts prompts,
            StudioSettings settings,
            ChatModel model) {
        this.templates = templates;
        this.reports = reports;
        this.checks = checks;
        this.finder = finder;
        this.prompts = prompts;
        this.settings = settings;
        this.chat = ChatClient.create(model);
    }

    public Report generate(WorkspaceId workspaceId, String templateId, String title, Set<DocumentId> documentIds) {
        ReportTemplate template = templates.require(workspaceId.value(), templateId);
        checks.requireSearchable(workspaceId, documentIds == null ? Set.of() : documentIds);
        String reportTitle = title == null || title.isBlank() ? template.name() : title.strip();
        var filter = SearchFilter.workspace(workspaceId).withDocuments(documentIds);
        List<ReportSection> sections = new ArrayList<>();
        int offset = 0;
        for (ReportTemplate.Section section : template.sections()) {
            ReportSection written = write(workspaceId, reportTitle, section, find(filter, section.query(), offset));
            sections.add(written);
            offset += written.sources().size();
        }
        return reports.create(workspaceId.value(), templateId, reportTitle, sections);
    }

    /** Writes one section again from fresh retrieval, keeping its source numbers after the others'. */
    public Report regenerate(UUID reportId, int index) {
        Report report = reports.require(reportId, null);
        ReportSection old = section(report, index);
        int offset = report.sections().stream()
                .flatMap(s -> s.sources().stream())
                .mapToInt(Citation::number)
                .max()
                .orElse(0);
        var workspace = new WorkspaceId(report.workspaceId());
        var section = new ReportTemplate.Section(old.title(), old.query(), old.instructions());
        ReportSection written =
                write(workspace, report.title(), section, find(SearchFilter.workspace(workspace), old.query(), offset));
        return reports.addVersion(report, replace(report, index, written));
    }

    /** Replaces a section's text with a user's; its citations are read again against the section's sources. */
    public Report edit(UUID reportId, int index, String text) {
        if (text == null || text.isBlank()) {
            throw new LecternProblem(
                    HttpStatus.BAD_REQUEST, "missing-text", "Missing text", "Give the section in 'text'.");
        }
        Report report = reports.require(reportId, null);
        ReportSection old = section(report, index);
        var parsed = Citations.parse(
                text, old.sources().stream().map(ReportWriter::source).toList());
        var edited = new ReportSection(
                old.title(), old.query(), old.instructions(), parsed.text(), parsed.sentences(), old.sources());
        return reports.addVersion(report, replace(report, index, edited));
    }

    private List<Source> find(SearchFilter filter, String query, int offset) {
        return finder.find(filter, query).stream()
                .map(s -> new Source(s.number() + offset, s.chunk()))
                .toList();
    }

    private ReportSection write(
            WorkspaceId workspaceId, String report, ReportTemplate.Section section, List<Source> sources) {
        List<Citation> given = sources.stream().map(Citation::of).toList();
        if (sources.isEmpty()) {
            String none = "The sources do not cover this.";
            return new ReportSection(
                    section.title(),
                    section.query(),
                    section.instructions(),
                    none,
                    List.of(new CitedSentence(none, List.of())),
                    given);
        }
        String text = prompts.of(workspaceId)
                .render(
                        "report-section",
                        Map.of(
                                "title", section.title(),
                                "report", report,
                                "instructions", section.instructions(),
                                "sources", SourceBlock.render(sources)));
        var options = LecternChatOptions.builder()
                .maxTokens(settings.summaryMaxTokens())
                .temperature(0.2)
                .build();
        String written = chat.prompt(new Prompt(text, options)).call().content();
        var parsed = Citations.parse(written == null ? "" : written, sources);
        return new ReportSection(
                section.title(), section.query(), section.instructions(), parsed.text(), parsed.sentences(), given);
    }

    private static ReportSection section(Report report, int index) {
        if (index < 0 || index >= report.sections().size()) {
            throw LecternProblem.notFound("report section", index);
        }
        return report.sections().get(index);
    }

    private static List<ReportSection> replace(Report report, int index, ReportSection section) {
        List<ReportSection> sections = new ArrayList<>(report.sections());
        sections.set(index, section);
        return sections;
    }

    /** A stored citation as a numbered source again, so that an edited text's markers can be checked. */
    private static Source source(Citation c) {
        var chunk = new ChunkMatch(
                c.chunkId(),
                new DocumentId(c.documentId()),
                c.documentName(),
                0,
                c.passage(),
                c.headingPath(),
                0,
                c.passage().length(),
                c.location() == null ? Location.NONE : c.location(),
                0);
        return new Source(c.number(), chunk);
    }
}
