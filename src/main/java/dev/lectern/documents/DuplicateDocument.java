package dev.lectern.documents;

import dev.lectern.shared.LecternProblem;
import org.springframework.http.HttpStatus;

/** The workspace already holds a document with exactly these bytes. */
public class DuplicateDocument extends LecternProblem {

    private final DocumentId existing;

    DuplicateDocument(String fileName, Document existing) {
        super(
                HttpStatus.CONFLICT,
                "duplicate-document",
                "Duplicate document",
                "'%s' has the same content as '%s', already in this workspace. Upload a new version of that document instead."
                        .formatted(fileName, existing.name()));
        this.existing = existing.id();
        getBody().setProperty("existingDocumentId", existing.id().value());
    }

    public DocumentId existing() {
        return existing;
    }
}
