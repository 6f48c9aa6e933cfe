package dev.lectern.studio;

import dev.lectern.shared.LecternProblem;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.springframework.http.HttpStatus;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;

/** Thumbs up or down on stored answers; one rating per answer, the latest replacing the one before. */
@Repository
public class AnswerFeedback {

    public static final int MAX_COMMENT = 2000;

    /** How a user rated an answer. */
    public enum Rating {
        UP,
        DOWN
    }

    /**
     * One rating.
     *
     * @param answer the answer's number in its conversation, from 0
     */
    public record Entry(UUID conversationId, int answer, Rating rating, String comment, Instant createdAt) {}

    private final JdbcTemplate jdbc;
    private final Conversations conversations;

    AnswerFeedback(JdbcTemplate jdbc, Conversations conversations) {
        this.jdbc = jdbc;
        this.conversations = conversations;
    }

    /** Rates the conversation's answer number {@code answer} (from 0); 404 when there is no such answer. */
    @Transactional
    public Entry rate(UUID conversationId, int answer, Rating rating, String comment) {
        conversations.require(conversationId);
        if (comment != null && comment.length() > MAX_COMMENT) {
            throw new LecternProblem(
                    HttpStatus.BAD_REQUEST,
                    "invalid-feedback",
                    "Invalid feedback",
                    "Keep the comment to %d characters.".formatted(MAX_COMMENT));
        }
        int ordinal = ordinalOf(conversationId, answer);
        Instant now = Instant.now();
        jdbc.update(
                "delete from studio_answer_feedback where conversation_id = ? and ordinal = ?",
                conversationId,
                ordinal);
        jdbc.update(
                "insert into studio_answer_feedback (conversation_id, ordinal, rating, comment, created_at)"
                        + " values (?, ?, ?, ?, ?)",
                conversationId,
                ordinal,
                rating.name(),
                comment,
                Timestamp.from(now));
        return new Entry(conversationId, answer, rating, comment, now);
    }

    /** The ratings of a conversation's answers, in answer order. */
    public List<Entry> of(UUID conversationId) {
        conversations.require(conversationId);
        List<Integer> answers = answerOrdinals(conversationId);
        return jdbc.query(
                "select ordinal, rating, comment, created_at from studio_answer_feedback"
                        + " where conversation_id = ? order by ordinal",
                (rs, row) -> new Entry(
                        conversationId,
                        answers.indexOf(rs.getInt("ordinal")),
                        Rating.valueOf(rs.getString("rating")),
                        rs.getString("comment"),
                        rs.getTimestamp("created_at").toInstant()),
                conversationId);
    }

    private int ordinalOf(UUID conversationId, int answer) {
        List<Integer> answers = answerOrdinals(conversationId);
        if (answer < 0 || answer >= answers.size()) {
            throw LecternProblem.notFound("answer", answer);
        }
        return answers.get(answer);
    }

    private List<Integer> answerOrdinals(UUID conversationId) {
        return jdbc.queryForList(
                "select ordinal from studio_messages where conversation_id = ? and role = 'assistant' order by ordinal",
                Integer.class,
                conversationId);
    }
}
