package dev.lectern.studio;

import dev.lectern.shared.LecternProblem;
import dev.lectern.shared.Paging;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;

/** The stored conversations, in the application's database (H2 or PostgreSQL). */
@Repository
public class Conversations {

    private static final int MAX_TITLE = 200;

    private final JdbcTemplate jdbc;

    Conversations(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    Conversation start(UUID workspaceId, String firstQuestion) {
        String title = firstQuestion.strip().replaceAll("\\s+", " ");
        title = title.length() > MAX_TITLE ? title.substring(0, MAX_TITLE - 1) + "…" : title;
        Instant now = Instant.now();
        var conversation = new Conversation(UUID.randomUUID(), workspaceId, title, now, now);
        jdbc.update(
                "insert into studio_conversations (id, workspace_id, title, created_at, updated_at)"
                        + " values (?, ?, ?, ?, ?)",
                conversation.id(),
                workspaceId,
                title,
                Timestamp.from(now),
                Timestamp.from(now));
        return conversation;
    }

    public Optional<Conversation> find(UUID id) {
        return jdbc.query("select * from studio_conversations where id = ?", Conversations::conversation, id).stream()
                .findFirst();
    }

    public Conversation require(UUID id) {
        return find(id).orElseThrow(() -> LecternProblem.notFound("conversation", id));
    }

    /** A workspace's conversations, the most recently active first. */
    /** One page of the workspace's conversations, the most recently continued first. */
    public List<Conversation> inWorkspace(UUID workspaceId, Paging paging) {
        return jdbc.query(
                "select * from studio_conversations where workspace_id = ? order by updated_at desc, id"
                        + " limit ? offset ?",
                Conversations::conversation,
                workspaceId,
                paging.size(),
                paging.offset());
    }

    public long countInWorkspace(UUID workspaceId) {
        Long count = jdbc.queryForObject(
                "select count(*) from studio_conversations where workspace_id = ?", Long.class, workspaceId);
        return count == null ? 0 : count;
    }

    public List<ConversationMessage> messages(UUID id) {
        return jdbc.query(
                "select * from studio_messages where conversation_id = ? order by ordinal",
                (rs, row) -> new ConversationMessage(
                        rs.getInt("ordinal"),
                        rs.getString("role"),
                        rs.getString("content"),
                        rs.getString("answer_json"),
                        instant(rs, "created_at")),
                id);
    }

    /** The last exchanges of a conversation, oldest first. */
    List<Exchange> lastExchanges(UUID id, int count) {
        List<ConversationMessage> messages = messages(id);
        List<Exchange> exchanges = new ArrayList<>();
        for (int i = 0; i + 1 < messages.size(); i += 2) {
            exchanges.add(
                    new Exchange(messages.get(i).content(), messages.get(i + 1).content()));
        }
        return exchanges.subList(Math.max(0, exchanges.size() - count), exchanges.size());
    }

    @Transactional
    void append(UUID id, String question, String answer, String answerJson) {
        Integer next = jdbc.queryForObject(
                "select coalesce(max(ordinal), -1) + 1 from studio_messages where conversation_id = ?",
                Integer.class,
                id);
        Timestamp now = Timestamp.from(Instant.now());
        String insert = "insert into studio_messages (conversation_id, ordinal, role, content, answer_json, created_at)"
                + " values (?, ?, ?, ?, ?, ?)";
        jdbc.update(insert, id, next, "user", question, null, now);
        jdbc.update(insert, id, next + 1, "assistant", answer, answerJson, now);
        jdbc.update("update studio_conversations set updated_at = ? where id = ?", now, id);
    }

    public boolean delete(UUID id) {
        return jdbc.update("delete from studio_conversations where id = ?", id) == 1;
    }

    private static Conversation conversation(ResultSet rs, int row) throws SQLException {
        return new Conversation(
                rs.getObject("id", UUID.class),
                rs.getObject("workspace_id", UUID.class),
                rs.getString("title"),
                instant(rs, "created_at"),
                instant(rs, "updated_at"));
    }

    private static Instant instant(ResultSet rs, String column) throws SQLException {
        return rs.getTimestamp(column).toInstant();
    }
}
