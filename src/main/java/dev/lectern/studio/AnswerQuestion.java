package dev.lectern.studio;

import dev.lectern.documents.DocumentId;
import dev.lectern.workspaces.WorkspaceId;
import java.util.Set;
import java.util.UUID;

/**
 * A question to answer from a workspace's documents.
 *
 * @param documentIds the documents to answer from; empty for all
 * @param conversationId the conversation this follows up, or null to start one
 * @param mode how to write the answer; null means {@link AnswerMode#AUTO}
 */
public record AnswerQuestion(
        WorkspaceId workspaceId, String question, Set<DocumentId> documentIds, UUID conversationId, AnswerMode mode) {

    public AnswerQuestion {
        documentIds = documentIds == null ? Set.of() : Set.copyOf(documentIds);
        mode = mode == null ? AnswerMode.AUTO : mode;
    }
}
