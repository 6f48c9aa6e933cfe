package dev.lectern.documents;

import dev.lectern.shared.LecternProblem;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.repository.Repository;

/** All document records. */
public interface Documents extends Repository<Document, UUID> {

    Document save(Document document);

    Optional<Document> findById(UUID id);

    Optional<Document> findFirstByWorkspaceIdAndContentHash(UUID workspaceId, String contentHash);

    Page<Document> findByWorkspaceId(UUID workspaceId, Pageable pageable);

    Page<Document> findByWorkspaceIdAndStatus(UUID workspaceId, DocumentStatus status, Pageable pageable);

    List<Document> findByWorkspaceId(UUID workspaceId);

    List<Document> findAll();

    List<Document> findByParentId(UUID parentId);

    long countByStatus(DocumentStatus status);

    void delete(Document document);

    default Document require(DocumentId id) {
        return findById(id.value()).orElseThrow(() -> LecternProblem.notFound("document", id));
    }
}
