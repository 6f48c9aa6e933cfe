package dev.lectern.ingestion;

import dev.lectern.documents.Document;
import dev.lectern.documents.DocumentDeleted;
import dev.lectern.documents.DocumentId;
import dev.lectern.documents.DocumentProgress;
import dev.lectern.documents.DocumentStored;
import dev.lectern.documents.Documents;
import dev.lectern.ingestion.jobs.IngestionJobs;
import dev.lectern.workspaces.WorkspaceId;
import dev.lectern.workspaces.Workspaces;
import java.util.List;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Queues documents for ingestion: each stored document, and re-indexing of one document, a workspace or
 * everything (after a change of embedding model or chunking).
 */
@Service
public class Ingestion {

    private final IngestionJobs jobs;
    private final IngestionWorkers workers;
    private final Documents documents;
    private final DocumentProgress progress;
    private final Workspaces workspaces;
    private final IngestionSettings settings;

    Ingestion(
            IngestionJobs jobs,
            IngestionWorkers workers,
            Documents documents,
            DocumentProgress progress,
            Workspaces workspaces,
            IngestionSettings settings) {
        this.jobs = jobs;
        this.workers = workers;
        this.documents = documents;
        this.progress = progress;
        this.workspaces = workspaces;
        this.settings = settings;
    }

    /** Runs inside the upload's transaction: the job exists if and only if the document does. */
    @EventListener
    void on(DocumentStored event) {
        enqueue(event.documentId());
    }

    @EventListener
    void on(DocumentDeleted event) {
        jobs.cancel(event.documentId());
    }

    @Transactional
    public void reindex(DocumentId id) {
        documents.require(id);
        progress.queued(id, null);
        enqueue(id);
    }

    /**
     * Stops a document's pending work at an administrator's request. The document ends FAILED with a reason
     * that says what happened and how to resume, never left QUEUED with no job behind it.
     */
    @Transactional
    public void cancel(DocumentId id) {
        jobs.cancel(id);
        progress.failed(id, "Cancelled by an administrator; re-index the document to process it again.");
    }

    /** Queues every document of the workspace; returns how many. */
    @Transactional
    public int reindex(WorkspaceId workspaceId) {
        workspaces.requireExists(workspaceId);
        return reindexAll(documents.findByWorkspaceId(workspaceId.value()));
    }

    /** Queues every document of every workspace; returns how many. */
    @Transactional
    public int reindexEverything() {
        return reindexAll(documents.findAll());
    }

    private int reindexAll(List<Document> all) {
        all.forEach(document -> reindex(document.id()));
        return all.size();
    }

    private void enqueue(DocumentId id) {
        jobs.enqueue(id, settings.jobs().maxAttempts());
        if (TransactionSynchronizationManager.isSynchronizationActive()) {
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                @Override
                public void afterCommit() {
                    workers.wakeUp();
                }
            });
        } else {
            workers.wakeUp();
        }
    }
}
