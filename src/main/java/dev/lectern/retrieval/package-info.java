/** Finds the passages that answer a query: the chunk index, its Lucene and pgvector adapters, and search. */
package dev.lectern.retrieval;
