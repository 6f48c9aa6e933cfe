package dev.lectern.generation;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import java.nio.file.Path;
import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * Settings of the generation module.
 *
 * @param model path of the GGUF file to load; none means the model activated through the model manager, if any
 * @param threads CPU threads llama.cpp uses
 * @param contextSize tokens of context of each slot (prompt plus output)
 * @param defaultMaxTokens tokens generated when a request names no limit
 * @param maxTokensLimit the largest limit a request may ask for
 * @param queueTimeout how long a queued request waits for a free slot before it is turned away
 * @param nativeDir private folder where the native llama.cpp library is unpacked
 * @param parallel llama.cpp slots: requests decoded together in one batch
 * @param queueCapacity requests that may wait for a slot; one more is answered 429 with Retry-After
 * @param requestTimeout the longest one generation may run; it is cancelled after that
 * @param modelsDir where pulled and registered models live
 * @param catalog the model catalog resource
 * @param pullDefaultOnStart on a first start (no model chosen), pull the catalog's default model in the background
 */
@ConfigurationProperties("lectern.generation")
@Validated
public record GenerationSettings(
        Path model,
        @DefaultValue("2") @Min(1) int threads,
        @DefaultValue("2048") @Min(128) int contextSize,
        @DefaultValue("256") @Min(1) int defaultMaxTokens,
        @DefaultValue("4096") @Min(1) @Max(32768) int maxTokensLimit,
        @DefaultValue("30s") Duration queueTimeout,
        @NotNull Path nativeDir,
        @DefaultValue("1") @Min(1) @Max(16) int parallel,
        @DefaultValue("8") @Min(0) int queueCapacity,
        @DefaultValue("5m") Duration requestTimeout,
        Path modelsDir,
        @DefaultValue("classpath:generation/catalog.json") String catalog,
        @DefaultValue("true") boolean pullDefaultOnStart) {

    /** Settings for a program or test that runs the engine alone. */
    public static GenerationSettings of(Path model, Path nativeDir, int contextSize, int parallel) {
        return new GenerationSettings(
                model,
                2,
                contextSize,
                64,
                4096,
                Duration.ofSeconds(30),
                nativeDir,
                parallel,
                8,
                Duration.ofMinutes(5),
                null,
                "classpath:generation/catalog.json",
                false);
    }
}
