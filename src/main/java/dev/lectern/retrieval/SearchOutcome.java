package dev.lectern.retrieval;

import java.util.List;

/**
 * The results of a search and the query as it was run.
 *
 * @param query the query after cleaning and, if needed, cutting to the embedding model's limit
 * @param queryTruncated whether the query was cut: words past the model's token limit took no part
 */
public record SearchOutcome(List<SearchHit> hits, String query, boolean queryTruncated) {}
