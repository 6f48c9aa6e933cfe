package dev.lectern.openai;

import jakarta.validation.constraints.Min;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * Settings of the OpenAI-compatible API.
 *
 * @param maxEmbeddingInputs the most texts one embeddings request may carry (each is encoded in its own run)
 */
@ConfigurationProperties("lectern.openai")
@Validated
public record OpenAiSettings(@DefaultValue("256") @Min(1) int maxEmbeddingInputs) {}
