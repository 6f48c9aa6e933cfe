package dev.lectern.generation.models;

import java.net.URI;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * A model the platform knows how to get.
 *
 * @param sha256 the published checksum, or null when it could not be verified (then only the GGUF structure is
 *     checked)
 * @param sizeBytes the published size, or null when unverified
 * @param approximateSizeMb an estimate, for the free-space check before the server states the length
 * @param verified whether sha256 and size were checked against the publisher's page
 */
public record CatalogModel(
        String id,
        String name,
        String family,
        String parameters,
        String quantization,
        URI url,
        @Nullable String sha256,
        @Nullable Long sizeBytes,
        long approximateSizeMb,
        boolean verified,
        String licence,
        int contextLength,
        List<String> tasks,
        String description) {

    public CatalogModel {
        if (id == null || !id.matches("[a-z0-9][a-z0-9._-]{0,99}")) {
            throw new IllegalArgumentException("Invalid model id: " + id);
        }
        if (sha256 != null && !sha256.matches("[0-9a-f]{64}")) {
            throw new IllegalArgumentException("Invalid sha256 for " + id);
        }
        tasks = tasks == null ? List.of() : List.copyOf(tasks);
    }

    /** The bytes to expect: the published size, else the estimate. */
    public long expectedBytes() {
        return sizeBytes != null ? sizeBytes : approximateSizeMb << 20;
    }
}
