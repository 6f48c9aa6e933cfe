package dev.lectern.webhooks;

import dev.lectern.shared.LecternProblem;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.springframework.http.HttpStatus;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

/** The webhooks registered per workspace. A webhook is only ever found through its workspace. */
@Repository
public class Webhooks {

    private static final String COLUMNS = "id, workspace_id, url, events, created_at";

    private final JdbcTemplate jdbc;
    private final WebhookUrls urls;

    Webhooks(JdbcTemplate jdbc, WebhooksSettings settings) {
        this.jdbc = jdbc;
        this.urls = new WebhookUrls(settings.allowPrivateAddresses());
    }

    /** A new webhook with its secret, which is returned here only. */
    public record Registered(Webhook webhook, String secret) {}

    public Registered register(UUID workspaceId, String url, List<String> eventNames, String createdBy) {
        String checked = urls.check(url).toString();
        Set<WebhookEvent> events = events(eventNames);
        var webhook = new Webhook(UUID.randomUUID(), workspaceId, checked, events, Instant.now());
        String secret = WebhookSignature.newSecret();
        jdbc.update(
                "insert into webhooks (id, workspace_id, url, events, secret, created_by, created_at)"
                        + " values (?, ?, ?, ?, ?, ?, ?)",
                webhook.id(),
                workspaceId,
                checked,
                wire(events),
                secret,
                createdBy,
                Timestamp.from(webhook.createdAt()));
        return new Registered(webhook, secret);
    }

    /** Changes the URL, the events, or both (null keeps what is there); the secret stays. */
    public Webhook change(UUID workspaceId, UUID id, String url, List<String> eventNames) {
        Webhook was = require(workspaceId, id);
        String checked = url == null ? was.url() : urls.check(url).toString();
        Set<WebhookEvent> events = eventNames == null ? was.events() : events(eventNames);
        jdbc.update(
                "update webhooks set url = ?, events = ? where workspace_id = ? and id = ?",
                checked,
                wire(events),
                workspaceId,
                id);
        return new Webhook(id, workspaceId, checked, events, was.createdAt());
    }

    /** A new secret for the webhook, returned here only; deliveries from now on are signed with it. */
    public String rotateSecret(UUID workspaceId, UUID id) {
        require(workspaceId, id);
        String secret = WebhookSignature.newSecret();
        jdbc.update("update webhooks set secret = ? where workspace_id = ? and id = ?", secret, workspaceId, id);
        return secret;
    }

    public List<Webhook> inWorkspace(UUID workspaceId) {
        return jdbc.query(
                "select " + COLUMNS + " from webhooks where workspace_id = ? order by created_at",
                Webhooks::webhook,
                workspaceId);
    }

    /** The webhook, or a 404 problem when the workspace has none with this id. */
    public Webhook require(UUID workspaceId, UUID id) {
        return jdbc
                .query(
                        "select " + COLUMNS + " from webhooks where workspace_id = ? and id = ?",
                        Webhooks::webhook,
                        workspaceId,
                        id)
                .stream()
                .findFirst()
                .orElseThrow(() -> LecternProblem.notFound("webhook", id));
    }

    public boolean delete(UUID workspaceId, UUID id) {
        return jdbc.update("delete from webhooks where workspace_id = ? and id = ?", workspaceId, id) == 1;
    }

    List<Webhook> subscribedTo(UUID workspaceId, WebhookEvent event) {
        return inWorkspace(workspaceId).stream()
                .filter(webhook -> webhook.events().contains(event))
                .toList();
    }

    /** The URL and secret a delivery is sent with, or empty when the webhook was deleted meanwhile. */
    Optional<Target> target(UUID id) {
        return jdbc
                .query(
                        "select url, secret from webhooks where id = ?",
                        (rs, row) -> new Target(rs.getString("url"), rs.getString("secret")),
                        id)
                .stream()
                .findFirst();
    }

    record Target(String url, String secret) {}

    WebhookUrls urls() {
        return urls;
    }

    private static String wire(Set<WebhookEvent> events) {
        return events.stream().map(WebhookEvent::wireName).collect(Collectors.joining(","));
    }

    private static Set<WebhookEvent> events(List<String> names) {
        if (names == null || names.isEmpty()) {
            throw unknownEvents("Name the events to subscribe to in 'events'.");
        }
        Set<WebhookEvent> events = EnumSet.noneOf(WebhookEvent.class);
        for (String name : names) {
            events.add(WebhookEvent.of(name).orElseThrow(() -> unknownEvents("Unknown event '" + name + "'.")));
        }
        return events;
    }

    private static LecternProblem unknownEvents(String detail) {
        String known =
                Arrays.stream(WebhookEvent.values()).map(WebhookEvent::wireName).collect(Collectors.joining(", "));
        return new LecternProblem(
                HttpStatus.BAD_REQUEST,
                "invalid-webhook-events",
                "Invalid webhook events",
                detail + " Known: " + known);
    }

    private static Webhook webhook(ResultSet rs, int row) throws SQLException {
        Set<WebhookEvent> events = EnumSet.noneOf(WebhookEvent.class);
        for (String name : rs.getString("events").split(",")) {
            WebhookEvent.of(name).ifPresent(events::add);
        }
        return new Webhook(
                rs.getObject("id", UUID.class),
                rs.getObject("workspace_id", UUID.class),
                rs.getString("url"),
                events,
                rs.getTimestamp("created_at").toInstant());
    }
}
