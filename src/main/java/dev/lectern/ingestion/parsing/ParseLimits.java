package dev.lectern.ingestion.parsing;

import java.time.Duration;

/**
 * Bounds that keep a hostile or absurd file (zip bomb, endless spreadsheet) from taking the server down.
 *
 * @param maxCharacters the most characters extracted from one document
 * @param maxEmbeddedDepth how deep documents inside documents are followed
 * @param timeout the longest one document may take to parse
 * @param maxAttachments the most attachments taken from one document
 */
public record ParseLimits(int maxCharacters, int maxEmbeddedDepth, Duration timeout, int maxAttachments) {

    public static final ParseLimits DEFAULT = new ParseLimits(20_000_000, 3, Duration.ofMinutes(5), 100);
}
