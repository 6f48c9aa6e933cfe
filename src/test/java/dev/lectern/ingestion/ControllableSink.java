package dev.lectern.ingestion;

import dev.lectern.documents.DocumentId;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.IntConsumer;
import org.springframework.beans.factory.config.BeanPostProcessor;

/**
 * Wraps the real chunk sink so tests can make it fail, stall or count how many documents are in it at once.
 * Behaviour is chosen by the document's name prefix: "flaky" fails on the first attempt, "poison" always,
 * "slow" takes a while.
 */
class ControllableSink implements ChunkSink {

    static final AtomicInteger concurrent = new AtomicInteger();
    static final AtomicInteger maxConcurrent = new AtomicInteger();
    static final Map<DocumentId, AtomicInteger> calls = new ConcurrentHashMap<>();

    private final ChunkSink real;

    ControllableSink(ChunkSink real) {
        this.real = real;
    }

    /** Installs the wrapper around whatever bean implements {@link ChunkSink}. */
    static BeanPostProcessor installer() {
        return new BeanPostProcessor() {
            @Override
            public Object postProcessAfterInitialization(Object bean, String beanName) {
                return bean instanceof ChunkSink sink && !(bean instanceof ControllableSink)
                        ? new ControllableSink(sink)
                        : bean;
            }
        };
    }

    static void reset() {
        concurrent.set(0);
        maxConcurrent.set(0);
        calls.clear();
    }

    @Override
    public void replace(DocumentId documentId, List<Chunk> chunks, IntConsumer embedded) {
        String name = chunks.getFirst().documentName();
        int attempt =
                calls.computeIfAbsent(documentId, id -> new AtomicInteger()).incrementAndGet();
        maxConcurrent.accumulateAndGet(concurrent.incrementAndGet(), Math::max);
        try {
            if (name.startsWith("poison") || (name.startsWith("flaky") && attempt == 1)) {
                throw new IllegalStateException("index temporarily unavailable");
            }
            if (name.startsWith("slow")) {
                embedded.accept(0);
                sleep(400);
            }
            real.replace(documentId, chunks, embedded);
        } finally {
            concurrent.decrementAndGet();
        }
    }

    @Override
    public void remove(DocumentId documentId) {
        real.remove(documentId);
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
