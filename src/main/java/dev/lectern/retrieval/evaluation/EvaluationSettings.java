package dev.lectern.retrieval.evaluation;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import java.nio.file.Path;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;
import org.springframework.validation.annotation.Validated;

/**
 * Settings of retrieval evaluation through the API, under {@code lectern.retrieval.evaluation}. A record of
 * its own rather than a part of RetrievalSettings because the command line needs none of it.
 *
 * @param datasetRoot the server folder below which data sets may be named by path; unset: none may
 * @param workDir where uploaded data sets wait for their turn; each is removed when its evaluation ends
 * @param maxUploadSize the most an upload may carry, all files together (the multipart limit applies too)
 * @param maxDatasetSize the most an uploaded zip may expand to, against zip bombs
 * @param maxQueued evaluations that may wait while one runs; more are refused with 429
 */
@ConfigurationProperties("lectern.retrieval.evaluation")
@Validated
public record EvaluationSettings(
        Path datasetRoot,
        Path workDir,
        @DefaultValue("100MB") DataSize maxUploadSize,
        @DefaultValue("1GB") DataSize maxDatasetSize,
        @DefaultValue("3") @Min(0) @Max(100) int maxQueued) {

    public EvaluationSettings {
        workDir = workDir == null ? Path.of(System.getProperty("java.io.tmpdir"), "lectern-evaluations") : workDir;
    }
}
