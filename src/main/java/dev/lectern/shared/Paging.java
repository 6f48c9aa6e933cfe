package dev.lectern.shared;

import org.springframework.http.HttpStatus;

/**
 * A requested page of a list served newest first ({@code page} from 0, {@code size} items). Every listing checks
 * its parameters through {@link #of}, so all of them refuse the same bad input with the same problem.
 */
public record Paging(int page, int size) {

    /** The largest page a list serves unless it names its own limit. */
    public static final int MAX_SIZE = 200;

    public static Paging of(int page, int size) {
        return of(page, size, MAX_SIZE);
    }

    /** A page of a list whose pages may hold up to {@code maxSize} items; a 400 problem for anything else. */
    public static Paging of(int page, int size, int maxSize) {
        if (page < 0 || size < 1 || size > maxSize) {
            throw new LecternProblem(
                    HttpStatus.BAD_REQUEST,
                    "invalid-parameter",
                    "Invalid parameter",
                    "'page' must be 0 or more and 'size' between 1 and %d.".formatted(maxSize));
        }
        return new Paging(page, size);
    }

    /** Rows to skip before this page. */
    public long offset() {
        return (long) page * size;
    }

    /** Pages needed for {@code totalItems}. */
    public long totalPages(long totalItems) {
        return (totalItems + size - 1) / size;
    }
}
