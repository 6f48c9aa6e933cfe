package dev.lectern.documents;

/** The step of the ingestion pipeline a document is at; finer than {@link DocumentStatus}. */
public enum DocumentStage {
    QUEUED(DocumentStatus.QUEUED),
    PARSING(DocumentStatus.PROCESSING),
    CHUNKING(DocumentStatus.PROCESSING),
    EMBEDDING(DocumentStatus.PROCESSING),
    READY(DocumentStatus.READY),
    FAILED(DocumentStatus.FAILED);

    private final DocumentStatus status;

    DocumentStage(DocumentStatus status) {
        this.status = status;
    }

    public DocumentStatus status() {
        return status;
    }
}
