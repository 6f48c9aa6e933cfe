package dev.lectern.documents;

/** Where a document is on its way to becoming searchable. */
public enum DocumentStatus {
    QUEUED,
    PROCESSING,
    READY,
    FAILED
}
