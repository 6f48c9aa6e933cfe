package dev.lectern.retrieval.evaluation;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.zip.ZipEntry;
import java.util.zip.ZipException;
import java.util.zip.ZipFile;

/**
 * Takes the three files of a BEIR data set out of a zip, wherever the folder sits in it (BEIR's own zips hold
 * {@code scifact/corpus.jsonl}). Nothing else is extracted, and entry names never become paths on this server.
 */
final class DatasetZip {

    /** More entries than any data set has; a zip with more is refused before its listing is read further. */
    static final int MAX_ENTRIES = 100_000;

    private DatasetZip() {}

    interface Copier {
        void copy(InputStream in, Path target) throws IOException;
    }

    static void extract(Path zip, List<String> files, Path folder, Copier copier) throws IOException {
        try (ZipFile archive = new ZipFile(zip.toFile())) {
            if (archive.size() > MAX_ENTRIES) {
                throw new InvalidDataset("The zip holds more than %d files.".formatted(MAX_ENTRIES));
            }
            String prefix = prefix(archive, files)
                    .orElseThrow(() ->
                            new InvalidDataset("The zip holds no folder with %s.".formatted(String.join(", ", files))));
            for (String file : files) {
                ZipEntry entry = archive.getEntry(prefix + file);
                try (InputStream in = archive.getInputStream(entry)) {
                    copier.copy(in, folder.resolve(file));
                }
            }
        } catch (ZipException e) {
            throw new InvalidDataset("The upload is not a readable zip file.");
        }
    }

    /** The shallowest folder inside the zip that holds all three files. */
    private static Optional<String> prefix(ZipFile archive, List<String> files) {
        Set<String> names = new HashSet<>();
        archive.stream().filter(e -> !e.isDirectory()).forEach(e -> names.add(e.getName()));
        return names.stream()
                .filter(name -> name.endsWith(files.getFirst()))
                .map(name -> name.substring(0, name.length() - files.getFirst().length()))
                .filter(prefix -> prefix.isEmpty() || prefix.endsWith("/"))
                .filter(prefix -> files.stream().allMatch(file -> names.contains(prefix + file)))
                .min(Comparator.comparingInt(String::length));
    }
}
