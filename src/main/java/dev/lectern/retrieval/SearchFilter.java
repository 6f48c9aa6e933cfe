package dev.lectern.retrieval;

import dev.lectern.documents.DocumentId;
import dev.lectern.workspaces.WorkspaceId;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Objects;
import java.util.Set;

/**
 * Which chunks a search may return. Adapters apply every part inside the index query, never to its results,
 * so that a narrow filter still yields k results. The workspace is always given (access control is enforced
 * there); an empty set or a null bound does not narrow. Values of one set are alternatives (any document id,
 * any type, any tag); the parts combine with AND.
 *
 * @param mediaTypes media types of the documents, e.g. {@code application/pdf}
 * @param tags normalised document tags (see {@link dev.lectern.documents.DocumentTags})
 * @param from earliest upload time, inclusive
 * @param to latest upload time, inclusive
 */
public record SearchFilter(
        WorkspaceId workspaceId,
        Set<DocumentId> documentIds,
        Set<String> mediaTypes,
        Set<String> tags,
        Instant from,
        Instant to) {

    public SearchFilter {
        Objects.requireNonNull(workspaceId, "workspaceId");
        documentIds = documentIds == null ? Set.of() : Set.copyOf(documentIds);
        mediaTypes = mediaTypes == null ? Set.of() : Set.copyOf(mediaTypes);
        tags = tags == null ? Set.of() : Set.copyOf(tags);
        // the indexes keep upload times to the millisecond
        from = from == null ? null : from.truncatedTo(ChronoUnit.MILLIS);
        to = to == null ? null : to.truncatedTo(ChronoUnit.MILLIS);
        if (from != null && to != null && from.isAfter(to)) {
            throw new IllegalArgumentException("'from' (" + from + ") is after 'to' (" + to + ")");
        }
    }

    /** Everything in the workspace. */
    public static SearchFilter workspace(WorkspaceId workspaceId) {
        return new SearchFilter(workspaceId, null, null, null, null, null);
    }

    public SearchFilter withDocuments(Set<DocumentId> ids) {
        return new SearchFilter(workspaceId, ids, mediaTypes, tags, from, to);
    }

    public SearchFilter withMediaTypes(Set<String> types) {
        return new SearchFilter(workspaceId, documentIds, types, tags, from, to);
    }

    public SearchFilter withTags(Set<String> anyOf) {
        return new SearchFilter(workspaceId, documentIds, mediaTypes, anyOf, from, to);
    }

    public SearchFilter createdBetween(Instant earliest, Instant latest) {
        return new SearchFilter(workspaceId, documentIds, mediaTypes, tags, earliest, latest);
    }
}
