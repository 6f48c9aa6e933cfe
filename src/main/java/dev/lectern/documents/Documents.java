package dev.lectern.documents;

import dev.lectern.shared.LecternProblem;
import java.util.Optional;
import java.util.UUID;
import org.springframework.data.repository.Repository;

/** All document records. */
public interface Documents extends Repository<Document, UUID> {

    Document save(Document document);

    Optional<Document> findById(UUID id);

    default Document require(DocumentId id) {
        return findById(id.value()).orElseThrow(() -> LecternProblem.notFound("document", id));
    }
}
