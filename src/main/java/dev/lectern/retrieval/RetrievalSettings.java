package dev.lectern.retrieval;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import java.nio.file.Path;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * Settings of the retrieval module.
 *
 * @param index which chunk index adapter holds the chunks
 * @param indexDir where the Lucene index lives (embedded mode)
 * @param defaultTopK results a search returns when the client names no k
 * @param maxTopK the largest k a client may ask for
 */
@ConfigurationProperties("lectern.retrieval")
@Validated
public record RetrievalSettings(
        @DefaultValue("lucene") @NotNull IndexKind index,
        @NotNull Path indexDir,
        @DefaultValue("10") @Min(1) int defaultTopK,
        @DefaultValue("100") @Min(1) @Max(1000) int maxTopK) {

    /** The two chunk index adapters. */
    public enum IndexKind {
        LUCENE,
        PGVECTOR
    }
}
