package uk.org.ncjaa.springboard.shared.web;

import java.util.List;

import org.springframework.data.domain.Page;

/**
 * What a results page needs to draw its pagination links.
 *
 * @param number the current page, counted from 1 for people
 */
public record Paging(int number, int totalPages, long totalElements, boolean hasPrevious, boolean hasNext) {

    public static Paging of(Page<?> page) {
        return new Paging(page.getNumber() + 1, Math.max(1, page.getTotalPages()), page.getTotalElements(),
                page.hasPrevious(), page.hasNext());
    }

    public List<Integer> nearby() {
        int from = Math.max(1, number - 2);
        int to = Math.min(totalPages, number + 2);
        return java.util.stream.IntStream.rangeClosed(from, to).boxed().toList();
    }

    /** Page numbers from people are 1-based and may be nonsense: clamp them to what exists. */
    public static int index(Integer requested) {
        return requested == null || requested < 1 ? 0 : Math.min(requested, 10_000) - 1;
    }
}
