package dev.lectern.generation;

/**
 * Implemented by a chat model that can tell, before any work starts, that it cannot generate now. A streamed
 * request asks first, so that a missing model is a 503 problem detail rather than an error event inside a
 * stream that already answered 200.
 */
public interface ModelAvailability {

    /** Throws {@link GeneratorUnavailable} when no model is ready (not configured, loading, failed). */
    void requireAvailable();
}
