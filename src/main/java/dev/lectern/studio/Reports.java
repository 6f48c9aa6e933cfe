package dev.lectern.studio;

import dev.lectern.shared.LecternProblem;
import dev.lectern.shared.Paging;
import dev.lectern.workspaces.WorkspaceId;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/** The stored reports with their version history; sections are kept as JSON. */
@Repository
public class Reports {

    private static final TypeReference<List<ReportSection>> SECTIONS = new TypeReference<>() {};

    private final JdbcTemplate jdbc;
    private final JsonMapper json;
    private final ApplicationEventPublisher events;

    Reports(JdbcTemplate jdbc, JsonMapper json, ApplicationEventPublisher events) {
        this.jdbc = jdbc;
        this.json = json;
        this.events = events;
    }

    @Transactional
    Report create(UUID workspaceId, String templateId, String title, List<ReportSection> sections) {
        UUID id = UUID.randomUUID();
        jdbc.update(
                "insert into studio_reports (id, workspace_id, template_id, title, created_at) values (?, ?, ?, ?, ?)",
                id,
                workspaceId,
                templateId,
                title,
                Timestamp.from(Instant.now()));
        Report report = addVersion(require(id, null).withoutSections(), sections);
        events.publishEvent(new ReportGenerated(id, new WorkspaceId(workspaceId), templateId, title, report.version()));
        return report;
    }

    /** Stores the sections as the report's next version. */
    Report addVersion(Report report, List<ReportSection> sections) {
        Integer next = jdbc.queryForObject(
                "select coalesce(max(version), 0) + 1 from studio_report_versions where report_id = ?",
                Integer.class,
                report.id());
        Instant now = Instant.now();
        jdbc.update(
                "insert into studio_report_versions (report_id, version, sections, created_at) values (?, ?, ?, ?)",
                report.id(),
                next,
                json.writeValueAsString(sections),
                Timestamp.from(now));
        return new Report(report.id(), report.workspaceId(), report.templateId(), report.title(), next, sections, now);
    }

    /** The report at a version, or at its latest when version is null; 404 when either is unknown. */
    public Report require(UUID id, Integer version) {
        // two statements rather than "? is null": PostgreSQL cannot type an untyped null parameter
        String sql = "select r.id, r.workspace_id, r.template_id, r.title, v.version, v.sections, v.created_at"
                + " from studio_reports r left join studio_report_versions v on v.report_id = r.id where r.id = ?"
                + (version == null ? "" : " and v.version = ?")
                + " order by v.version desc";
        Object[] args = version == null ? new Object[] {id} : new Object[] {id, version};
        List<Report> found = jdbc.query(sql, this::report, args);
        if (found.isEmpty()) {
            throw version == null
                    ? LecternProblem.notFound("report", id)
                    : LecternProblem.notFound("report version", version);
        }
        return found.getFirst();
    }

    private Report report(ResultSet rs, int row) throws SQLException {
        String sections = rs.getString("sections");
        Timestamp created = rs.getTimestamp("created_at");
        return new Report(
                rs.getObject("id", UUID.class),
                rs.getObject("workspace_id", UUID.class),
                rs.getString("template_id"),
                rs.getString("title"),
                rs.getInt("version"),
                sections == null ? List.of() : json.readValue(sections, SECTIONS),
                created == null ? null : created.toInstant());
    }

    public List<Integer> versions(UUID id) {
        return jdbc.queryForList(
                "select version from studio_report_versions where report_id = ? order by version", Integer.class, id);
    }

    public boolean delete(UUID id) {
        return jdbc.update("delete from studio_reports where id = ?", id) == 1;
    }

    /** The workspace's reports, newest first, each at its latest version and without its sections. */
    /** One page of the workspace's reports, the most recently written first. */
    public List<Report> inWorkspace(UUID workspaceId, Paging paging) {
        return jdbc.query(
                "select r.id, r.workspace_id, r.template_id, r.title, max(v.version) as version,"
                        + " null as sections, max(v.created_at) as created_at"
                        + " from studio_reports r join studio_report_versions v on v.report_id = r.id"
                        + " where r.workspace_id = ? group by r.id, r.workspace_id, r.template_id, r.title"
                        + " order by max(v.created_at) desc, r.id limit ? offset ?",
                this::report,
                workspaceId,
                paging.size(),
                paging.offset());
    }

    public long countInWorkspace(UUID workspaceId) {
        Long count = jdbc.queryForObject(
                "select count(*) from studio_reports where workspace_id = ?", Long.class, workspaceId);
        return count == null ? 0 : count;
    }
}
