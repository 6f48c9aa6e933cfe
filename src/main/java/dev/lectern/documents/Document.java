package dev.lectern.documents;

import dev.lectern.workspaces.WorkspaceId;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.List;
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

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private DocumentStage stage;

    @Column(name = "progress_done", nullable = false)
    private int progressDone;

    @Column(name = "progress_total", nullable = false)
    private int progressTotal;

    @Column(name = "content_hash", nullable = false, length = 64)
    private String contentHash;

    @Column(nullable = false)
    private int version;

    @Column(name = "blob_key", nullable = false, length = 100)
    private String blobKey;

    @Column(name = "parent_id")
    private UUID parentId;

    @Column(nullable = false, length = 1000)
    private String tags = "";

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    protected Document() {}

    Document(DocumentId id, WorkspaceId workspaceId, StoredFile file, DocumentId parentId) {
        this.id = id.value();
        this.workspaceId = workspaceId.value();
        this.parentId = parentId == null ? null : parentId.value();
        this.version = 0;
        this.createdAt = Instant.now();
        newVersion(file);
    }

    /** Points the record at a new file; the chunks of the old one stay searchable until replaced. */
    void newVersion(StoredFile file) {
        this.name = file.name();
        this.contentType = file.mediaType();
        this.sizeBytes = file.sizeBytes();
        this.contentHash = file.sha256();
        this.blobKey = file.blobKey();
        this.version++;
        queued(null);
    }

    void tag(List<String> normalised) {
        this.tags = DocumentTags.join(normalised);
    }

    void queued(String note) {
        stage(DocumentStage.QUEUED, 0, 0);
        this.error = note;
    }

    void stage(DocumentStage next, int done, int total) {
        this.stage = next;
        this.status = next.status();
        this.progressDone = done;
        this.progressTotal = total;
        if (next != DocumentStage.FAILED) {
            this.error = null;
        }
        this.updatedAt = Instant.now();
    }

    void ready(int chunkCount) {
        stage(DocumentStage.READY, chunkCount, chunkCount);
        this.chunkCount = chunkCount;
    }

    void failed(String reason) {
        stage(DocumentStage.FAILED, 0, 0);
        this.error = reason.length() > MAX_ERROR_LENGTH ? reason.substring(0, MAX_ERROR_LENGTH) : reason;
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

    public DocumentStage stage() {
        return stage;
    }

    public int progressDone() {
        return progressDone;
    }

    public int progressTotal() {
        return progressTotal;
    }

    public String contentHash() {
        return contentHash;
    }

    public int version() {
        return version;
    }

    public String blobKey() {
        return blobKey;
    }

    public DocumentId parentId() {
        return parentId == null ? null : new DocumentId(parentId);
    }

    public Instant updatedAt() {
        return updatedAt;
    }

    /** Normalised and sorted (see {@link DocumentTags}). */
    public List<String> tags() {
        return DocumentTags.split(tags);
    }

    public Instant createdAt() {
        return createdAt;
    }
}
