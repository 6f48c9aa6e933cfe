package dev.lectern.ingestion;

import jakarta.validation.constraints.Min;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * Settings of the ingestion module.
 *
 * @param chunkTokens target size of a chunk in (estimated) tokens
 * @param overlapTokens tokens of the previous chunk repeated at the start of the next, for context
 */
@ConfigurationProperties("lectern.ingestion")
@Validated
public record IngestionSettings(
        @DefaultValue("300") @Min(32) int chunkTokens,
        @DefaultValue("40") @Min(0) int overlapTokens) {

    public IngestionSettings {
        if (overlapTokens >= chunkTokens) {
            throw new IllegalArgumentException("overlapTokens must be smaller than chunkTokens");
        }
    }
}
