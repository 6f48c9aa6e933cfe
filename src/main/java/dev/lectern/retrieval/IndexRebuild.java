package dev.lectern.retrieval;

import dev.lectern.ingestion.Ingestion;
import dev.lectern.retrieval.lucene.LuceneChunkIndex;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/** Re-ingests every document when the embedded index had to be dropped because its layout was older. */
@Component
class IndexRebuild {

    private static final Logger log = LoggerFactory.getLogger(IndexRebuild.class);

    private final ChunkIndex index;
    private final Ingestion ingestion;

    IndexRebuild(ChunkIndex index, Ingestion ingestion) {
        this.index = index;
        this.ingestion = ingestion;
    }

    @EventListener(ApplicationReadyEvent.class)
    void reindexIfDropped() {
        if (index instanceof LuceneChunkIndex lucene && lucene.rebuiltOnOpen()) {
            int queued = ingestion.reindexEverything();
            log.warn(
                    "The search index had an older layout and was rebuilt: {} documents are being indexed again",
                    queued);
        }
    }
}
