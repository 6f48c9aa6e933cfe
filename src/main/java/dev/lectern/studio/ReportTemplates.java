package dev.lectern.studio;

import dev.lectern.shared.LecternProblem;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;
import org.springframework.stereotype.Component;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/** The report templates Lectern ships, from {@code reports/templates.json}. */
@Component
public class ReportTemplates {

    private final List<ReportTemplate> templates;

    ReportTemplates(JsonMapper json) {
        try (InputStream in = getClass().getClassLoader().getResourceAsStream("reports/templates.json")) {
            this.templates = json.readValue(in, new TypeReference<List<ReportTemplate>>() {});
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public List<ReportTemplate> all() {
        return templates;
    }

    public ReportTemplate require(String id) {
        return templates.stream()
                .filter(t -> t.id().equals(id))
                .findFirst()
                .orElseThrow(() -> LecternProblem.notFound("report template", id));
    }
}
