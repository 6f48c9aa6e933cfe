package dev.lectern.retrieval;

import dev.lectern.documents.Document;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;

/**
 * What a search can filter a document's chunks by besides workspace and document: the index stores it with
 * every chunk, so that filters run inside the index query.
 *
 * @param mediaType the document's media type as detected on upload (e.g. {@code application/pdf}), or empty
 * @param tags the document's normalised tags
 * @param createdAt when the document was uploaded, to the millisecond (both indexes keep milliseconds), or null
 */
public record DocumentFacets(String mediaType, List<String> tags, Instant createdAt) {

    /** For chunks whose document is unknown (scratch data, tests): only unfiltered searches find them. */
    public static final DocumentFacets NONE = new DocumentFacets("", List.of(), null);

    public DocumentFacets {
        mediaType = mediaType == null ? "" : mediaType;
        tags = tags == null ? List.of() : List.copyOf(tags);
        createdAt = createdAt == null ? null : createdAt.truncatedTo(ChronoUnit.MILLIS);
    }

    public static DocumentFacets of(Document document) {
        return new DocumentFacets(document.contentType(), document.tags(), document.createdAt());
    }

    public DocumentFacets withTags(List<String> newTags) {
        return new DocumentFacets(mediaType, newTags, createdAt);
    }
}
