package dev.lectern.retrieval;

import dev.lectern.documents.DocumentId;
import java.util.UUID;
import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.HealthIndicator;
import org.springframework.stereotype.Component;

/**
 * Whether the chunk index answers a query; part of readiness, so a pod whose index is unreachable (Lucene
 * directory gone, pgvector table missing) takes no traffic.
 */
@Component("chunkIndexHealthIndicator")
class ChunkIndexHealth implements HealthIndicator {

    private static final DocumentId PROBE = new DocumentId(new UUID(0, 0));

    private final ChunkIndex index;

    ChunkIndexHealth(ChunkIndex index) {
        this.index = index;
    }

    @Override
    public Health health() {
        try {
            index.countChunks(PROBE);
            return Health.up()
                    .withDetail("index", index.getClass().getSimpleName())
                    .build();
        } catch (RuntimeException e) {
            return Health.down().withDetail("reason", e.getMessage()).build();
        }
    }
}
