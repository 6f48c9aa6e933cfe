package dev.lectern.generation.models;

import org.jspecify.annotations.Nullable;

/**
 * A model as the manager sees it on this machine.
 *
 * @param catalog the catalog entry, null for a registered local file
 * @param file where the GGUF file is, null when not installed
 * @param active whether it is the chosen model (loaded at start)
 * @param serving whether this process generates with it now
 * @param pull the latest pull's progress, if any
 */
public record ModelState(
        String id,
        @Nullable CatalogModel catalog,
        @Nullable String file,
        @Nullable Long sizeBytes,
        boolean active,
        boolean serving,
        @Nullable PullProgress pull) {

    public boolean installed() {
        return file != null;
    }
}
