package dev.lectern.retrieval;

import dev.lectern.documents.DocumentDeleted;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/** Removes the chunks of deleted documents. */
@Component
class ChunkRemoval {

    private final ChunkIndex index;

    ChunkRemoval(ChunkIndex index) {
        this.index = index;
    }

    /** Recorded in the event publication registry: the chunks go even if the server crashes first. */
    @ApplicationModuleListener
    void on(DocumentDeleted event) {
        index.deleteDocument(event.documentId());
    }
}
