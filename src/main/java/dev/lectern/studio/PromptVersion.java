package dev.lectern.studio;

import java.time.Instant;

/** One version of a workspace's own prompt template. */
public record PromptVersion(String name, int version, String body, Instant createdAt) {}
