package dev.lectern.openai.web;

import dev.lectern.workspaces.WorkspaceId;

/** What a chat completion's {@code model} selects: the language model itself, or a workspace to ground in. */
sealed interface ChatTarget {

    /** The active language model, answering from the conversation alone. */
    record Generator(String model) implements ChatTarget {}

    /** A grounded answer from the workspace's documents, with citations. */
    record Workspace(String model, WorkspaceId workspaceId) implements ChatTarget {}
}
