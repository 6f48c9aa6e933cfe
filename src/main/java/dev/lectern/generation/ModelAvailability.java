package dev.lectern.generation;

/**
 * Implemented by a chat model that can tell, before any work starts, that it cannot generate now. A streamed
 * request asks first, so that a missing model is a 503 problem detail rather than an error event inside a
 * stream that already answered 200.
 */
public interface ModelAvailability {

    /** Throws {@link GeneratorUnavailable} when no model is ready (not configured, loading, failed). */
    void requireAvailable();

    /**
     * Asks a chat model that can tell; any other is simply tried. Callers ask before a request too: without a
     * model a streamed request fails inside Spring AI, which logs the failure as an error with its stack trace,
     * for what is the normal state of a fresh installation (answers and summaries quote their sources instead).
     */
    static void require(Object chatModel) {
        if (chatModel instanceof ModelAvailability availability) {
            availability.requireAvailable();
        }
    }
}
