package dev.lectern.retrieval;

import dev.lectern.shared.LecternProblem;
import org.springframework.http.HttpStatus;

/**
 * What is done to the ranked chunks before they are returned; each step is optional.
 *
 * @param diversity null for none, or 0 to 1: maximal marginal relevance with lambda = 1 - diversity, so that
 *     0 keeps the ranking and 1 picks the chunks least like those already picked
 * @param neighbours adjacent chunks (by ordinal, on each side) attached to every hit as its context, 0 for none
 * @param deduplicate folds chunks with the same text (ignoring case, punctuation and spacing), and with
 *     diversity also chunks whose embeddings have a cosine of at least 0.98, into the best-ranked one
 * @param minScore null for none, or the lowest final score a hit may have (cosine in vector mode, BM25 in
 *     keyword mode, reciprocal rank fusion in hybrid mode)
 */
public record ResultShaping(Double diversity, int neighbours, boolean deduplicate, Double minScore) {

    public static final int MAX_NEIGHBOURS = 5;

    /** Nothing but the ranking. */
    public static final ResultShaping NONE = new ResultShaping(null, 0, false, null);

    /**
     * What the search API does unless told otherwise: duplicates are folded, because two copies of one
     * passage waste a result and the context budget of an answer, and folding loses no citation (the kept hit
     * lists the copies).
     */
    public static final ResultShaping DEFAULT = new ResultShaping(null, 0, true, null);

    public ResultShaping {
        if (diversity != null && !(diversity >= 0 && diversity <= 1)) {
            throw invalid("'diversity' must be between 0 and 1.");
        }
        if (neighbours < 0 || neighbours > MAX_NEIGHBOURS) {
            throw invalid("'neighbours' must be between 0 and %d.".formatted(MAX_NEIGHBOURS));
        }
        if (minScore != null && !Double.isFinite(minScore)) {
            throw invalid("'minScore' must be a number.");
        }
    }

    /** How many ranked chunks to fetch so that k remain after the steps that drop some. */
    int candidates(int k) {
        if (diversity != null) {
            return Math.max(4 * k, 40); // MMR needs a pool to choose from
        }
        return deduplicate ? 2 * k : k;
    }

    private static LecternProblem invalid(String detail) {
        return new LecternProblem(HttpStatus.BAD_REQUEST, "invalid-parameter", "Invalid parameter", detail);
    }
}
