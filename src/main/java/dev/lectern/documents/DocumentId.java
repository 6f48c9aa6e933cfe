package dev.lectern.documents;

import java.util.Objects;
import java.util.UUID;

/** Identifies a document. */
public record DocumentId(UUID value) {

    public DocumentId {
        Objects.requireNonNull(value, "document id");
    }

    public static DocumentId random() {
        return new DocumentId(UUID.randomUUID());
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
