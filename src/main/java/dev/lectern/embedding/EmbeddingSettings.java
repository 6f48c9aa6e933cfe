package dev.lectern.embedding;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import java.nio.file.Path;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * Settings of the embedding module.
 *
 * @param workers texts of one request encoded at the same time, each on one CPU thread
 * @param maxTokens tokens a passage is cut to; BERT models see at most 512
 * @param cacheDir where native tokenizer libraries are unpacked (never the user's home)
 */
@ConfigurationProperties("lectern.embedding")
@Validated
public record EmbeddingSettings(
        @DefaultValue("2") @Min(1) @Max(64) int workers,
        @DefaultValue("512") @Min(16) @Max(512) int maxTokens,
        @NotNull Path cacheDir) {}
