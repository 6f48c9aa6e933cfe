package dev.lectern.documents.storage;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

/** Stores blobs as files below a root folder, spread over sub-folders by key prefix. */
public class FileSystemBlobStore implements BlobStore {

    private final Path root;

    public FileSystemBlobStore(Path root) throws IOException {
        this.root = Files.createDirectories(root.toAbsolutePath().normalize());
    }

    @Override
    public void put(String key, InputStream content) throws IOException {
        Path target = pathOf(key);
        Files.createDirectories(target.getParent());
        // written beside the target and moved atomically, so a crash leaves no half-written file behind
        Path partial = Files.createTempFile(target.getParent(), ".upload-", ".part");
        try {
            Files.copy(content, partial, StandardCopyOption.REPLACE_EXISTING);
            Files.move(partial, target, StandardCopyOption.ATOMIC_MOVE);
        } finally {
            Files.deleteIfExists(partial);
        }
    }

    @Override
    public InputStream open(String key) throws IOException {
        return Files.newInputStream(pathOf(key));
    }

    @Override
    public void delete(String key) throws IOException {
        Files.deleteIfExists(pathOf(key));
    }

    private Path pathOf(String key) {
        if (!key.matches("[A-Za-z0-9-]{8,}")) {
            throw new IllegalArgumentException("Illegal blob key: " + key);
        }
        return root.resolve(key.substring(0, 2)).resolve(key);
    }
}
