package dev.lectern.ingestion;

import dev.lectern.ingestion.parsing.ParseLimits;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import java.nio.file.Path;
import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.ConstructorBinding;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * Settings of the ingestion module.
 *
 * @param chunkTokens target size of a chunk in tokens of the embedding model
 * @param overlapTokens tokens repeated between the pieces of a block too large for one chunk
 * @param jobs the job queue
 * @param limits bounds against absurd or hostile files
 * @param workDir local scratch folder for files being parsed
 */
@ConfigurationProperties("lectern.ingestion")
@Validated
public record IngestionSettings(
        @DefaultValue("300") @Min(32) @Max(510) int chunkTokens,
        @DefaultValue("40") @Min(0) int overlapTokens,
        @DefaultValue @Valid Jobs jobs,
        @DefaultValue @Valid Limits limits,
        Path workDir) {

    @ConstructorBinding
    public IngestionSettings {
        if (overlapTokens >= chunkTokens) {
            throw new IllegalArgumentException("overlapTokens must be smaller than chunkTokens");
        }
        workDir = workDir == null ? Path.of(System.getProperty("java.io.tmpdir"), "lectern-ingestion") : workDir;
    }

    /** Chunking settings with default job and limit settings, for tests and tools. */
    public IngestionSettings(int chunkTokens, int overlapTokens) {
        this(chunkTokens, overlapTokens, Jobs.DEFAULT, Limits.DEFAULT, null);
    }

    /**
     * The job queue.
     *
     * @param workers documents processed at the same time by this process (bounded so search stays fast)
     * @param maxAttempts tries before a document fails for good; a crash during a try counts as one
     * @param retryBackoff wait before the first retry, doubled for each further one
     * @param lease how long a claimed job stays with its worker without a heartbeat
     * @param pollInterval how often an idle worker looks for work other replicas queued
     * @param reclaimOnStartup take back at once the jobs this data directory's last run left running
     *     (single-process mode; replicas over PostgreSQL rely on the lease instead)
     */
    public record Jobs(
            @DefaultValue("2") @Min(0) @Max(64) int workers,
            @DefaultValue("3") @Min(1) int maxAttempts,
            @DefaultValue("5s") Duration retryBackoff,
            @DefaultValue("60s") Duration lease,
            @DefaultValue("2s") Duration pollInterval,
            @DefaultValue("true") boolean reclaimOnStartup) {

        static final Jobs DEFAULT =
                new Jobs(2, 3, Duration.ofSeconds(5), Duration.ofSeconds(60), Duration.ofSeconds(2), true);
    }

    /**
     * Bounds against absurd or hostile files.
     *
     * @param maxCharacters the most characters extracted from one document
     * @param maxEmbeddedDepth how deep documents inside documents are followed
     * @param parseTimeout the longest one document may take to parse
     * @param maxAttachments the most attachments taken from one document
     */
    public record Limits(
            @DefaultValue("20000000") @Min(1) int maxCharacters,
            @DefaultValue("3") @Min(0) int maxEmbeddedDepth,
            @DefaultValue("5m") Duration parseTimeout,
            @DefaultValue("100") @Min(0) int maxAttachments) {

        static final Limits DEFAULT = new Limits(20_000_000, 3, Duration.ofMinutes(5), 100);

        ParseLimits toParseLimits() {
            return new ParseLimits(maxCharacters, maxEmbeddedDepth, parseTimeout, maxAttachments);
        }
    }
}
