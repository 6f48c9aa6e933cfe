package dev.lectern.documents.storage;

import java.io.IOException;
import java.io.InputStream;

/** Keeps the original bytes of documents; the database keeps only their records. */
public interface BlobStore {

    /** Stores the stream under the key, replacing nothing: a partly written blob is never visible. */
    void put(String key, InputStream content) throws IOException;

    InputStream open(String key) throws IOException;

    void delete(String key) throws IOException;
}
