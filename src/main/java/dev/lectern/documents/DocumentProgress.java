package dev.lectern.documents;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Records how far a document's ingestion has come; each step commits at once so clients see it live. */
@Service
public class DocumentProgress {

    private final Documents documents;

    DocumentProgress(Documents documents) {
        this.documents = documents;
    }

    @Transactional
    public void processing(DocumentId id) {
        documents.require(id).processing();
    }

    @Transactional
    public void ready(DocumentId id, int chunkCount) {
        documents.require(id).ready(chunkCount);
    }

    @Transactional
    public void failed(DocumentId id, String reason) {
        documents.require(id).failed(reason);
    }
}
