package dev.lectern.retrieval;

/** How a query finds passages: by meaning, by words, or both fused (the default). */
public enum SearchMode {
    VECTOR,
    KEYWORD,
    HYBRID
}
