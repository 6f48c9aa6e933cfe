package dev.lectern.documents;

import dev.lectern.workspaces.WorkspaceId;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;

/** A file a user put into a workspace, and how far its ingestion has come. */
@Entity
@Table(name = "documents")
public class Document {

    static final int MAX_ERROR_LENGTH = 2000;

    @Id
    private UUID id;

    @Column(name = "workspace_id", nullable = false)
    private UUID workspaceId;

    @Column(nullable = false, length = 500)
    private String name;

    @Column(name = "content_type", nullable = false, length = 200)
    private String contentType;

    @Column(name = "size_bytes", nullable = false)
    private long sizeBytes;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private DocumentStatus status;

    @Column(length = MAX_ERROR_LENGTH)
    private String error;

    @Column(name = "chunk_count", nullable = false)
    private int chunkCount;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    protected Document() {}

    Document(DocumentId id, WorkspaceId workspaceId, String name, String contentType, long sizeBytes) {
        this.id = id.value();
        this.workspaceId = workspaceId.value();
        this.name = name;
        this.contentType = contentType;
        this.sizeBytes = sizeBytes;
        this.status = DocumentStatus.QUEUED;
        this.createdAt = Instant.now();
        this.updatedAt = createdAt;
    }

    void processing() {
        transition(DocumentStatus.PROCESSING, null, 0);
    }

    void ready(int chunkCount) {
        transition(DocumentStatus.READY, null, chunkCount);
    }

    void failed(String reason) {
        String clipped = reason.length() > MAX_ERROR_LENGTH ? reason.substring(0, MAX_ERROR_LENGTH) : reason;
        transition(DocumentStatus.FAILED, clipped, 0);
    }

    private void transition(DocumentStatus next, String error, int chunkCount) {
        this.status = next;
        this.error = error;
        this.chunkCount = chunkCount;
        this.updatedAt = Instant.now();
    }

    public DocumentId id() {
        return new DocumentId(id);
    }

    public WorkspaceId workspaceId() {
        return new WorkspaceId(workspaceId);
    }

    public String name() {
        return name;
    }

    public String contentType() {
        return contentType;
    }

    public long sizeBytes() {
        return sizeBytes;
    }

    public DocumentStatus status() {
        return status;
    }

    public String error() {
        return error;
    }

    public int chunkCount() {
        return chunkCount;
    }

    public Instant createdAt() {
        return createdAt;
    }
}
