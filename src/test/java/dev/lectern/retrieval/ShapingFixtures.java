package dev.lectern.retrieval;

import dev.lectern.documents.DocumentId;
import dev.lectern.ingestion.parsing.Location;
import java.nio.charset.StandardCharsets;
import java.util.UUID;

/** Ranked chunks made up for the tests of result shaping. */
final class ShapingFixtures {

    static final DocumentId DOCUMENT =
            new DocumentId(UUID.nameUUIDFromBytes("shaping".getBytes(StandardCharsets.UTF_8)));

    private ShapingFixtures() {}

    static RankedChunk ranked(int ordinal, String text, double score) {
        return ranked(DOCUMENT, ordinal, text, score);
    }

    static RankedChunk ranked(DocumentId document, int ordinal, String text, double score) {
        var match = new ChunkMatch(
                UUID.nameUUIDFromBytes((document + "#" + ordinal).getBytes(StandardCharsets.UTF_8)),
                document,
                "doc.md",
                ordinal,
                text,
                "",
                0,
                text.length(),
                Location.NONE,
                score);
        return new RankedChunk(match, score, null, score);
    }

    /** A unit vector in the plane of the first two axes, at this angle in degrees. */
    static float[] direction(double degrees) {
        float[] vector = new float[4];
        vector[0] = (float) Math.cos(Math.toRadians(degrees));
        vector[1] = (float) Math.sin(Math.toRadians(degrees));
        return vector;
    }
}
