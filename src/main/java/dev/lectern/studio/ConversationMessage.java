package dev.lectern.studio;

import java.time.Instant;

/**
 * A question or an answer in a conversation.
 *
 * @param role {@code user} for a question, {@code assistant} for an answer
 * @param answerJson the whole answer with its citations as JSON, for answers; null for questions
 */
public record ConversationMessage(int ordinal, String role, String content, String answerJson, Instant createdAt) {}
