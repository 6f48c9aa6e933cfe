package dev.lectern.workspaces;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;

/** A named collection of documents. */
@Entity
@Table(name = "workspaces")
public class Workspace {

    public static final int MAX_NAME_LENGTH = 200;

    @Id
    private UUID id;

    @Column(nullable = false, length = MAX_NAME_LENGTH)
    private String name;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    protected Workspace() {}

    Workspace(String name) {
        if (name == null || name.isBlank()) {
            throw new IllegalArgumentException("A workspace needs a name");
        }
        this.id = UUID.randomUUID();
        this.name = name.strip();
        this.createdAt = Instant.now();
    }

    public WorkspaceId id() {
        return new WorkspaceId(id);
    }

    public String name() {
        return name;
    }

    public Instant createdAt() {
        return createdAt;
    }
}
