package dev.lectern.documents;

import dev.lectern.documents.storage.BlobStore;
import java.io.IOException;
import java.io.InputStream;
import org.springframework.stereotype.Service;

/** Reads the original file of a stored document. */
@Service
public class DocumentContents {

    private final BlobStore blobs;

    DocumentContents(BlobStore blobs) {
        this.blobs = blobs;
    }

    public InputStream open(DocumentId id) throws IOException {
        return blobs.open(id.toString());
    }
}
