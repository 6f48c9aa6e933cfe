package dev.lectern.documents;

import dev.lectern.documents.storage.BlobStore;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import org.springframework.stereotype.Service;

/** Reads the current file of a stored document. */
@Service
public class DocumentContents {

    private final Documents documents;
    private final BlobStore blobs;

    DocumentContents(Documents documents, BlobStore blobs) {
        this.documents = documents;
        this.blobs = blobs;
    }

    public InputStream open(DocumentId id) throws IOException {
        return blobs.open(documents.require(id).blobKey());
    }

    /** Copies the file into the folder, for parsers that need random access to a local file. */
    public Path copyTo(DocumentId id, Path folder) throws IOException {
        Files.createDirectories(folder);
        Path target = Files.createTempFile(folder, id + "-", ".bin");
        try (InputStream in = open(id)) {
            Files.copy(in, target, StandardCopyOption.REPLACE_EXISTING);
        }
        return target;
    }
}
