package dev.lectern.documents.web;

import dev.lectern.shared.LecternProblem;
import java.util.List;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.http.HttpStatus;

/** One page of a listing, with what a client needs to fetch the others. */
record PageView<T>(List<T> items, int page, int size, long totalItems, int totalPages) {

    static final int MAX_SIZE = 500;

    static <T> PageView<T> of(Page<T> page) {
        return new PageView<>(
                page.getContent(), page.getNumber(), page.getSize(), page.getTotalElements(), page.getTotalPages());
    }

    static PageRequest request(int page, int size, Sort sort) {
        if (page < 0 || size < 1 || size > MAX_SIZE) {
            throw new LecternProblem(
                    HttpStatus.BAD_REQUEST,
                    "invalid-parameter",
                    "Invalid parameter",
                    "'page' must be 0 or more and 'size' between 1 and %d.".formatted(MAX_SIZE));
        }
        return PageRequest.of(page, size, sort);
    }
}
