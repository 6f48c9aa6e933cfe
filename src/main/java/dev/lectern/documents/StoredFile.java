package dev.lectern.documents;

/**
 * A file kept in the blob store, as a document record points at it.
 *
 * @param name the sanitised file name
 * @param mediaType the type recognised from the bytes
 * @param sizeBytes size of the file
 * @param sha256 hex SHA-256 of the bytes, to find duplicates
 * @param blobKey where the blob store keeps it
 */
public record StoredFile(String name, String mediaType, long sizeBytes, String sha256, String blobKey) {}
