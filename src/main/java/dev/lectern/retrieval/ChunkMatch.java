package dev.lectern.retrieval;

import dev.lectern.documents.DocumentId;
import dev.lectern.ingestion.parsing.Location;
import java.util.UUID;

/** A chunk found by a search, with the score the index gave it (higher is better). */
public record ChunkMatch(
        UUID chunkId,
        DocumentId documentId,
        String documentName,
        int ordinal,
        String text,
        String headingPath,
        int startOffset,
        int endOffset,
        Location location,
        double score) {}
