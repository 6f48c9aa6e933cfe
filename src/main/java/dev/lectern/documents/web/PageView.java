package dev.lectern.documents.web;

import dev.lectern.shared.Paging;
import java.util.List;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;

/** One page of a listing, with what a client needs to fetch the others. */
record PageView<T>(List<T> items, int page, int size, long totalItems, int totalPages) {

    static final int MAX_SIZE = 500;

    static <T> PageView<T> of(Page<T> page) {
        return new PageView<>(
                page.getContent(), page.getNumber(), page.getSize(), page.getTotalElements(), page.getTotalPages());
    }

    static PageRequest request(int page, int size, Sort sort) {
        Paging.of(page, size, MAX_SIZE);
        return PageRequest.of(page, size, sort);
    }
}
