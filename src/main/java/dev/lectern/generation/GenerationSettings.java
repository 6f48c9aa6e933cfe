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
 * @param model path of the GGUF file to load; none means generation is off and says how to turn it on
 * @param threads CPU threads llama.cpp uses
 * @param contextSize tokens of context (prompt plus output)
 * @param defaultMaxTokens tokens generated when a request names no limit
 * @param maxTokensLimit the largest limit a request may ask for
 * @param queueTimeout how long a request waits for a free slot before it is turned away
 * @param nativeDir private folder where the native llama.cpp library is unpacked
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
        @NotNull Path nativeDir) {}
