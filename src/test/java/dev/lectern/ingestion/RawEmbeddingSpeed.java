package dev.lectern.ingestion;

import java.lang.management.ManagementFactory;
import java.time.Duration;
import java.util.List;
import org.springframework.ai.embedding.EmbeddingModel;

/**
 * The embedding model alone over some texts, in one call that spreads them over the model's workers: the figure
 * {@link IngestionBenchmark} holds the pipeline against.
 */
record RawEmbeddingSpeed(double perSecond, double cpuPerText) {

    /** Times the model once the process has gone quiet, so that nothing else shares the CPU with it. */
    static RawEmbeddingSpeed time(EmbeddingModel model, List<String> texts) throws InterruptedException {
        awaitQuiet();
        long cpuStart = processCpuNanos();
        long start = System.nanoTime();
        model.embed(texts);
        double seconds = (System.nanoTime() - start) / 1e9;
        double cpu = (processCpuNanos() - cpuStart) / 1e9;
        return new RawEmbeddingSpeed(texts.size() / seconds, cpu / texts.size());
    }

    /**
     * Waits until the process has been nearly idle for half a second, at most a minute: background work the
     * batch left (Lucene merging its segments) belongs to the pipeline's time, not to the model's.
     */
    private static void awaitQuiet() throws InterruptedException {
        long deadline = System.nanoTime() + Duration.ofMinutes(1).toNanos();
        while (System.nanoTime() < deadline) {
            long cpu = processCpuNanos();
            Thread.sleep(500);
            if (processCpuNanos() - cpu < Duration.ofMillis(25).toNanos()) {
                return;
            }
        }
    }

    static long processCpuNanos() {
        return ((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean())
                .getProcessCpuTime();
    }
}
