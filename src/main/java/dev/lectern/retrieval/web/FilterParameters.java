package dev.lectern.retrieval.web;

import dev.lectern.documents.DocumentId;
import dev.lectern.documents.DocumentTags;
import dev.lectern.retrieval.SearchFilter;
import dev.lectern.shared.LecternProblem;
import dev.lectern.workspaces.WorkspaceId;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.springframework.http.HttpStatus;

/**
 * Turns the filter query parameters into a {@link SearchFilter}. Lists are comma-separated or repeated
 * parameters; a date without a time means that whole day in UTC; anything unreadable is a 400 that says what
 * is wrong.
 */
final class FilterParameters {

    private FilterParameters() {}

    static SearchFilter filter(
            UUID workspaceId, List<String> documentIds, List<String> types, List<String> tags, String from, String to) {
        Instant earliest = instant("from", from, false);
        Instant latest = instant("to", to, true);
        if (earliest != null && latest != null && earliest.isAfter(latest)) {
            throw invalid("'from' (%s) is after 'to' (%s).".formatted(from, to));
        }
        Set<String> normalisedTags;
        try {
            normalisedTags = Set.copyOf(DocumentTags.normalise(tags));
        } catch (LecternProblem e) {
            throw invalid(e.getBody().getDetail());
        }
        return new SearchFilter(
                new WorkspaceId(workspaceId),
                documents(documentIds),
                mediaTypes(types),
                normalisedTags,
                earliest,
                latest);
    }

    private static Set<DocumentId> documents(List<String> values) {
        Set<DocumentId> ids = new HashSet<>();
        for (String value : split(values)) {
            try {
                ids.add(new DocumentId(UUID.fromString(value)));
            } catch (IllegalArgumentException e) {
                throw invalid("'%s' in 'documentIds' is not a document id (a UUID).".formatted(value));
            }
        }
        return ids;
    }

    private static Set<String> mediaTypes(List<String> values) {
        Set<String> types = new HashSet<>();
        for (String value : split(values)) {
            types.addAll(DocumentTypes.mediaTypes(value));
        }
        return types;
    }

    /** A date (the start of that UTC day, or its last millisecond for an upper bound) or a date and time. */
    private static Instant instant(String name, String value, boolean endOfDay) {
        if (value == null || value.isBlank()) {
            return null;
        }
        String text = value.strip();
        try {
            if (text.length() == 10) {
                Instant start =
                        LocalDate.parse(text).atStartOfDay(ZoneOffset.UTC).toInstant();
                return endOfDay ? start.plusSeconds(86_400).minusMillis(1) : start;
            }
            return OffsetDateTime.parse(text).toInstant();
        } catch (DateTimeParseException e) {
            throw invalid("'%s' in '%s' is not a date: use 2025-01-31 or 2025-01-31T09:30:00Z.".formatted(value, name));
        }
    }

    private static List<String> split(List<String> values) {
        if (values == null) {
            return List.of();
        }
        return values.stream()
                .flatMap(value -> java.util.Arrays.stream(value.split(",")))
                .map(String::strip)
                .filter(value -> !value.isEmpty())
                .toList();
    }

    private static LecternProblem invalid(String detail) {
        return new LecternProblem(HttpStatus.BAD_REQUEST, "invalid-filter", "Invalid filter", detail);
    }
}
