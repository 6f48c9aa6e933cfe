package dev.lectern.generation;

import java.time.Duration;

/** Waits for the background model load that tests depend on. */
public final class ModelReadiness {

    private ModelReadiness() {}

    public static void await(TextGenerator generator, Duration timeout) throws InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (generator.status().state() == GeneratorStatus.State.LOADING) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("Model still loading after " + timeout);
            }
            Thread.sleep(50);
        }
        if (generator.status().state() != GeneratorStatus.State.READY) {
            throw new AssertionError("Model not ready: " + generator.status());
        }
    }
}
