package dev.lectern.studio;

import java.time.Instant;
import java.util.UUID;

/** A stored conversation: questions asked in a workspace and the answers they got. */
public record Conversation(UUID id, UUID workspaceId, String title, Instant createdAt, Instant updatedAt) {}
