package dev.lectern.retrieval.evaluation;

import dev.lectern.shared.LecternProblem;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.springframework.core.io.InputStreamSource;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;

/**
 * Turns what an administrator submitted into a folder in BEIR's layout: a server folder below the configured
 * root, or uploaded files written to a work folder of the evaluation's own, within the size bounds.
 */
@Component
class DatasetSources {

    /** The multipart parts an upload may carry: the three files, or one zip of a BEIR folder. */
    static final List<String> PARTS = List.of("corpus", "queries", "qrels");

    static final String ZIP_PART = "dataset";

    private final EvaluationSettings settings;

    DatasetSources(EvaluationSettings settings) {
        this.settings = settings;
    }

    /** The server folder, checked to lie below the dataset root, also after following links. */
    Path serverFolder(String path, String split) throws IOException {
        Path root = settings.datasetRoot();
        if (root == null) {
            throw notAllowed("Data sets cannot be read from server folders because lectern.retrieval.evaluation."
                    + "dataset-root is not set. Upload the files instead.");
        }
        Path base = root.toAbsolutePath().normalize();
        Path folder;
        try {
            folder = base.resolve(path).normalize();
        } catch (InvalidPathException e) {
            throw new InvalidDataset("'%s' is not a valid path.".formatted(path));
        }
        if (!folder.startsWith(base)) {
            throw notAllowed("'%s' is not below the data set root %s.".formatted(path, base));
        }
        if (!Files.isDirectory(folder)) {
            throw new InvalidDataset("'%s' is not a folder.".formatted(path));
        }
        BeirDataset.requireFiles(folder, split);
        Path realBase = base.toRealPath();
        for (String file : BeirDataset.files(split)) {
            if (!folder.resolve(file).toRealPath().startsWith(realBase)) {
                throw notAllowed("%s in '%s' links to a file outside the data set root.".formatted(file, path));
            }
        }
        return folder;
    }

    /** Writes the uploaded parts into {@code folder}; the caller removes it when the evaluation ends. */
    void unpack(Map<String, InputStreamSource> parts, String split, Path folder) throws IOException {
        List<String> files = BeirDataset.files(split);
        Files.createDirectories(folder.resolve("qrels"));
        Bound upload = new Bound(settings.maxUploadSize().toBytes(), "The upload is larger than the limit of %s.");
        if (parts.containsKey(ZIP_PART)) {
            Path zip = folder.resolve("upload.zip");
            try (InputStream in = parts.get(ZIP_PART).getInputStream()) {
                upload.copy(in, zip);
            }
            Bound expanded =
                    new Bound(settings.maxDatasetSize().toBytes(), "The zip expands to more than the limit of %s.");
            DatasetZip.extract(zip, files, folder, expanded::copy);
            Files.delete(zip);
            return;
        }
        for (int i = 0; i < PARTS.size(); i++) {
            InputStreamSource part = parts.get(PARTS.get(i));
            if (part == null) {
                throw new InvalidDataset(
                        "The upload has no '%s' part. Send the parts corpus, queries and qrels,".formatted(PARTS.get(i))
                                + " or one zip of a BEIR folder as the part 'dataset'.");
            }
            try (InputStream in = part.getInputStream()) {
                upload.copy(in, folder.resolve(files.get(i)));
            }
        }
    }

    private static LecternProblem notAllowed(String detail) {
        return new LecternProblem(
                HttpStatus.FORBIDDEN, "dataset-path-not-allowed", "Data set path not allowed", detail);
    }

    /** Counts the bytes actually written, whatever sizes the client or a zip header announced. */
    static final class Bound {
        private final long limit;
        private final String message;
        private long written;

        Bound(long limit, String message) {
            this.limit = limit;
            this.message = message;
        }

        void copy(InputStream in, Path target) throws IOException {
            byte[] buffer = new byte[64 * 1024];
            try (OutputStream out = Files.newOutputStream(target)) {
                for (int n = in.read(buffer); n >= 0; n = in.read(buffer)) {
                    written += n;
                    if (written > limit) {
                        throw new LecternProblem(
                                HttpStatus.CONTENT_TOO_LARGE,
                                "dataset-too-large",
                                "Data set too large",
                                message.formatted(readable(limit)));
                    }
                    out.write(buffer, 0, n);
                }
            }
        }

        private static String readable(long bytes) {
            return bytes >= 1024 * 1024 ? bytes / (1024 * 1024) + " MB" : bytes + " bytes";
        }
    }
}
