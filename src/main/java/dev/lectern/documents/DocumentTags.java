package dev.lectern.documents;

import dev.lectern.shared.LecternProblem;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.TreeSet;
import org.springframework.http.HttpStatus;

/**
 * The rules for document tags: trimmed, lower case (so that "Finance" and "finance" are one tag), at most
 * {@value #MAX_LENGTH} characters of letters, digits, spaces and {@code - _ . : /}, at most {@value #MAX_TAGS}
 * per document. Commas separate tags in query parameters and form fields, so a tag cannot hold one.
 */
public final class DocumentTags {

    public static final int MAX_TAGS = 20;
    public static final int MAX_LENGTH = 40;

    private DocumentTags() {}

    /**
     * The tags, normalised, sorted and without repeats; each value may itself hold several tags separated by
     * commas. Blank entries are skipped. A 400 problem names the first invalid tag.
     */
    public static List<String> normalise(Collection<String> raw) {
        TreeSet<String> tags = new TreeSet<>();
        if (raw != null) {
            for (String value : raw) {
                for (String part : value == null ? new String[0] : value.split(",")) {
                    String tag = part.strip().replaceAll("\\s+", " ").toLowerCase(Locale.ROOT);
                    if (!tag.isEmpty()) {
                        tags.add(check(tag));
                    }
                }
            }
        }
        if (tags.size() > MAX_TAGS) {
            throw invalid("A document can have at most %d tags; %d were given.".formatted(MAX_TAGS, tags.size()));
        }
        return List.copyOf(tags);
    }

    private static String check(String tag) {
        if (tag.length() > MAX_LENGTH || !tag.matches("[\\p{L}\\p{N} ._:/-]+")) {
            throw invalid("'%s' is not a valid tag: use at most %d letters, digits, spaces or - _ . : /"
                    .formatted(tag, MAX_LENGTH));
        }
        return tag;
    }

    private static LecternProblem invalid(String detail) {
        return new LecternProblem(HttpStatus.BAD_REQUEST, "invalid-tags", "Invalid tags", detail);
    }

    static String join(List<String> tags) {
        return String.join(",", tags);
    }

    static List<String> split(String joined) {
        return joined == null || joined.isEmpty() ? List.of() : Arrays.asList(joined.split(","));
    }
}
