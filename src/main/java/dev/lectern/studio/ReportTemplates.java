package dev.lectern.studio;

import dev.lectern.shared.LecternProblem;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.http.HttpStatus;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/**
 * The report templates Lectern ships ({@code reports/templates.json}, read-only) and each workspace's own, which
 * it can create, copy from any template, change and delete.
 */
@Component
public class ReportTemplates {

    private static final TypeReference<List<ReportTemplate.Section>> SECTIONS = new TypeReference<>() {};

    /** A template as the file has it: the file holds only shipped ones. */
    private record Shipped(String id, String name, List<ReportTemplate.Section> sections) {}

    private final List<ReportTemplate> shipped;
    private final JdbcTemplate jdbc;
    private final JsonMapper json;

    ReportTemplates(JsonMapper json, JdbcTemplate jdbc) {
        this.json = json;
        this.jdbc = jdbc;
        try (InputStream in = getClass().getClassLoader().getResourceAsStream("reports/templates.json")) {
            this.shipped = json.readValue(in, new TypeReference<List<Shipped>>() {}).stream()
                    .map(t -> new ReportTemplate(t.id(), t.name(), t.sections(), true))
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The shipped templates. */
    public List<ReportTemplate> all() {
        return shipped;
    }

    /** The shipped templates, then the workspace's own in the order they were made. */
    public List<ReportTemplate> all(UUID workspaceId) {
        List<ReportTemplate> all = new ArrayList<>(shipped);
        all.addAll(jdbc.query(
                "select id, name, sections from studio_report_templates where workspace_id = ? order by created_at, id",
                this::template,
                workspaceId));
        return all;
    }

    /** A shipped template or one of the workspace's own; 404 otherwise (another workspace's included). */
    public ReportTemplate require(UUID workspaceId, String id) {
        return shipped.stream()
                .filter(t -> t.id().equals(id))
                .findFirst()
                .or(() -> own(workspaceId, id))
                .orElseThrow(() -> LecternProblem.notFound("report template", id));
    }

    public ReportTemplate create(UUID workspaceId, String name, List<ReportTemplate.Section> sections) {
        ReportTemplate.requireValid(name, sections);
        String id = UUID.randomUUID().toString();
        Timestamp now = Timestamp.from(Instant.now());
        jdbc.update(
                "insert into studio_report_templates (id, workspace_id, name, sections, created_at, updated_at)"
                        + " values (?, ?, ?, ?, ?, ?)",
                id,
                workspaceId,
                name.strip(),
                json.writeValueAsString(sections),
                now,
                now);
        return new ReportTemplate(id, name.strip(), List.copyOf(sections), false);
    }

    public ReportTemplate update(UUID workspaceId, String id, String name, List<ReportTemplate.Section> sections) {
        requireOwn(workspaceId, id);
        ReportTemplate.requireValid(name, sections);
        jdbc.update(
                "update studio_report_templates set name = ?, sections = ?, updated_at = ? where id = ?",
                name.strip(),
                json.writeValueAsString(sections),
                Timestamp.from(Instant.now()),
                id);
        return new ReportTemplate(id, name.strip(), List.copyOf(sections), false);
    }

    public void delete(UUID workspaceId, String id) {
        requireOwn(workspaceId, id);
        jdbc.update("delete from studio_report_templates where id = ?", id);
    }

    /** Shipped templates are read-only: 409 with the way out; unknown ones 404. */
    private void requireOwn(UUID workspaceId, String id) {
        if (require(workspaceId, id).shipped()) {
            throw new LecternProblem(
                    HttpStatus.CONFLICT,
                    "read-only-template",
                    "Read-only template",
                    "The template '%s' ships with Lectern and cannot be changed; copy it with {\"copyOf\": \"%s\"}."
                            .formatted(id, id));
        }
    }

    private Optional<ReportTemplate> own(UUID workspaceId, String id) {
        return jdbc
                .query(
                        "select id, name, sections from studio_report_templates where workspace_id = ? and id = ?",
                        this::template,
                        workspaceId,
                        id)
                .stream()
                .findFirst();
    }

    private ReportTemplate template(ResultSet rs, int row) throws SQLException {
        return new ReportTemplate(
                rs.getString("id"), rs.getString("name"), json.readValue(rs.getString("sections"), SECTIONS), false);
    }
}
