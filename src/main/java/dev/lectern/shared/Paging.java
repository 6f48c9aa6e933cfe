package dev.lectern.shared;

import org.springframework.http.HttpStatus;

/**
 * A requested page of a list served newest first ({@code page} from 0, {@code size} items), checked once for
 * every listing so that all of them refuse the same bad input with the same problem.
 */
public record Paging(int page, int size) {

    public static final int MAX_SIZE = 200;

    public Paging {
        if (page < 0 || size < 1 || size > MAX_SIZE) {
            throw new LecternProblem(
                    HttpStatus.BAD_REQUEST,
                    "invalid-parameter",
                    "Invalid parameter",
                    "'page' must be 0 or more and 'size' between 1 and %d.".formatted(MAX_SIZE));
        }
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
