package dev.lectern.retrieval.pgvector;

import dev.lectern.documents.DocumentId;
import dev.lectern.retrieval.SearchFilter;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/**
 * A {@link SearchFilter} as the WHERE clause of the chunk queries, with its parameters. Every value is a bind
 * parameter; the clause text depends only on which parts of the filter are set.
 */
record PgFilters(String where, List<Object> parameters) {

    static PgFilters of(SearchFilter filter) {
        StringBuilder where = new StringBuilder("workspace_id = ?");
        List<Object> parameters = new ArrayList<>();
        parameters.add(filter.workspaceId().value());
        if (!filter.documentIds().isEmpty()) {
            where.append(" and document_id = any(?)");
            parameters.add(filter.documentIds().stream().map(DocumentId::value).toArray(UUID[]::new));
        }
        if (!filter.mediaTypes().isEmpty()) {
            where.append(" and media_type = any(?)");
            parameters.add(filter.mediaTypes().toArray(String[]::new));
        }
        if (!filter.tags().isEmpty()) {
            where.append(" and tags && ?::text[]"); // any of the tags; served by the GIN index
            parameters.add(filter.tags().toArray(String[]::new));
        }
        if (filter.from() != null) {
            where.append(" and document_created_at >= ?");
            parameters.add(timestamp(filter.from()));
        }
        if (filter.to() != null) {
            where.append(" and document_created_at <= ?");
            parameters.add(timestamp(filter.to()));
        }
        return new PgFilters(where.toString(), List.copyOf(parameters));
    }

    /** Whether the filter admits fewer chunks than the whole workspace. */
    boolean narrowsWorkspace() {
        return parameters.size() > 1;
    }

    /** An instant as the driver maps it to timestamptz without a detour through the JVM's time zone. */
    static OffsetDateTime timestamp(Instant instant) {
        return instant == null ? null : OffsetDateTime.ofInstant(instant, ZoneOffset.UTC);
    }

    /** The filter's parameters with the given ones before and after them, in query order. */
    Object[] around(List<Object> before, Object... after) {
        List<Object> all = new ArrayList<>(before);
        all.addAll(parameters);
        all.addAll(List.of(after));
        return all.toArray();
    }
}
