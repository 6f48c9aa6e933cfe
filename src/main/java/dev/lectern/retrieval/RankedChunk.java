package dev.lectern.retrieval;

/**
 * A search result with the score of each stage that found it.
 *
 * @param vectorScore cosine similarity, or null if vector search did not return it
 * @param keywordScore BM25 (both adapters), or null if keyword search did not return it
 * @param score the final score the results are ordered by (reciprocal rank fusion in hybrid mode)
 */
public record RankedChunk(ChunkMatch chunk, Double vectorScore, Double keywordScore, double score) {}
