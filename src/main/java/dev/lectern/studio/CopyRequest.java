package dev.lectern.studio;

import dev.lectern.documents.DocumentId;
import dev.lectern.workspaces.WorkspaceId;
import java.util.Set;

/**
 * A brief for marketing copy, with the documents (or the search) its facts must come from.
 *
 * @param query find the sources with this search; null to use the named documents whole, or the brief as the
 *     search when no documents are named
 * @param words about how long each variant is
 * @param variants how many different versions to write
 */
public record CopyRequest(
        WorkspaceId workspaceId,
        String brief,
        Set<DocumentId> documentIds,
        String query,
        String audience,
        String tone,
        Channel channel,
        Integer words,
        Integer variants) {

    public static final int MIN_WORDS = 10;
    public static final int MAX_WORDS = 800;
    public static final int MAX_VARIANTS = 5;

    public CopyRequest {
        documentIds = documentIds == null ? Set.of() : Set.copyOf(documentIds);
        query = query == null || query.isBlank() ? null : query.strip();
        audience = audience == null || audience.isBlank() ? "a general business audience" : audience.strip();
        tone = tone == null || tone.isBlank() ? "clear and friendly" : tone.strip();
        channel = channel == null ? Channel.LINKEDIN_POST : channel;
        words = words == null ? 120 : words;
        variants = variants == null ? 1 : variants;
    }
}
