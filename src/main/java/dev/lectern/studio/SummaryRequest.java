package dev.lectern.studio;

import dev.lectern.documents.DocumentId;
import dev.lectern.workspaces.WorkspaceId;
import java.util.Set;

/**
 * What to summarise: whole documents, the results of a search, or a search within documents.
 *
 * @param query summarise the chunks a search for this finds; null to summarise whole documents
 * @param targetWords about how long the summary is; null for the style's default
 */
public record SummaryRequest(
        WorkspaceId workspaceId,
        Set<DocumentId> documentIds,
        String query,
        SummaryStyle style,
        Integer targetWords,
        AnswerMode mode) {

    public static final int MIN_WORDS = 30;
    public static final int MAX_WORDS = 1500;

    public SummaryRequest {
        documentIds = documentIds == null ? Set.of() : Set.copyOf(documentIds);
        style = style == null ? SummaryStyle.KEY_POINTS : style;
        mode = mode == null ? AnswerMode.AUTO : mode;
        query = query == null || query.isBlank() ? null : query.strip();
    }

    int words() {
        return targetWords == null ? style.defaultWords() : targetWords;
    }
}
