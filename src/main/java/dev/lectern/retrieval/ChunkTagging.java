package dev.lectern.retrieval;

import dev.lectern.documents.DocumentTagsChanged;
import dev.lectern.documents.Documents;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/** Gives a document's chunks its new tags, so that tag filters find them. */
@Component
class ChunkTagging {

    private final ChunkIndex index;
    private final Documents documents;

    ChunkTagging(ChunkIndex index, Documents documents) {
        this.index = index;
        this.documents = documents;
    }

    /**
     * Writes the tags the document has now rather than those of the event: two quick changes may be handled
     * out of order, and the later handler must not bring back the older tags.
     */
    @ApplicationModuleListener
    void on(DocumentTagsChanged event) {
        documents
                .findById(event.documentId().value())
                .ifPresent(document -> index.updateTags(event.documentId(), document.tags()));
    }
}
