package dev.lectern.retrieval.evaluation;

import dev.lectern.retrieval.RetrievalSettings;
import dev.lectern.retrieval.SearchMode;
import dev.lectern.shared.LecternProblem;
import dev.lectern.workspaces.WorkspaceId;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.Semaphore;
import org.springframework.core.io.InputStreamSource;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Service;
import org.springframework.util.FileSystemUtils;

/**
 * Retrieval evaluation as a product feature: takes a BEIR data set from a server folder or an upload, queues
 * it for the {@link EvaluationWorker}, and answers for the stored evaluations. One runs at a time; a few more
 * may wait, beyond that a submission is refused with 429 rather than queued without bound.
 */
@Service
public class EvaluationRuns {

    private final Evaluations evaluations;
    private final EvaluationWorker worker;
    private final DatasetSources sources;
    private final EvaluationSettings settings;
    private final String backend;
    private final Semaphore places;

    EvaluationRuns(
            Evaluations evaluations,
            EvaluationWorker worker,
            DatasetSources sources,
            EvaluationSettings settings,
            RetrievalSettings retrieval) {
        this.evaluations = evaluations;
        this.worker = worker;
        this.sources = sources;
        this.settings = settings;
        this.backend = retrieval.index().name().toLowerCase(Locale.ROOT);
        this.places = new Semaphore(settings.maxQueued() + 1);
    }

    /** What to evaluate, as the client gave it: null or empty modes mean all three, a null split "test". */
    public record Request(String name, List<String> modes, String split) {}

    public Evaluation submitFolder(String path, Request request) throws IOException {
        List<SearchMode> modes = parameter(() -> RetrievalEvaluation.modes(request.modes()));
        String split = split(request);
        Path folder = checked(() -> sources.serverFolder(path, split));
        String name = named(
                request,
                folder.getFileName() == null ? "dataset" : folder.getFileName().toString());
        return enqueue(UUID.randomUUID(), name, modes, split, folder.toString(), folder, false);
    }

    /** @param parts corpus, queries and qrels, or one zip as dataset; fileName names the evaluation by default */
    public Evaluation submitUpload(Map<String, InputStreamSource> parts, String fileName, Request request)
            throws IOException {
        List<SearchMode> modes = parameter(() -> RetrievalEvaluation.modes(request.modes()));
        String split = split(request);
        UUID id = UUID.randomUUID();
        Path folder = settings.workDir().resolve(id.toString());
        reservePlace();
        try {
            checked(() -> {
                sources.unpack(parts, split, folder);
                return folder;
            });
        } catch (IOException | RuntimeException e) {
            places.release();
            FileSystemUtils.deleteRecursively(folder);
            throw e;
        }
        String name = named(request, fileName == null ? "upload" : fileName.replaceFirst("(?i)\\.zip$", ""));
        return enqueue(id, name, modes, split, "upload", folder, true);
    }

    public Evaluation get(UUID id) {
        return evaluations.find(id).orElseThrow(() -> LecternProblem.notFound("evaluation", id));
    }

    /** Newest first. */
    public List<Evaluation> list(int page, int size) {
        return evaluations.page(page, size);
    }

    public long count() {
        return evaluations.count();
    }

    /** Deletes a stored evaluation; a running or queued one stops at its next step and cleans up. */
    public void delete(UUID id) {
        if (!evaluations.delete(id)) {
            throw LecternProblem.notFound("evaluation", id);
        }
    }

    private Evaluation enqueue(
            UUID id, String name, List<SearchMode> modes, String split, String source, Path folder, boolean uploaded) {
        if (!uploaded) {
            reservePlace();
        }
        WorkspaceId scratch = WorkspaceId.random();
        Evaluation queued = new Evaluation(
                id,
                name,
                Evaluation.Status.QUEUED,
                backend,
                modes,
                split,
                source,
                0,
                0,
                0,
                0,
                List.of(),
                null,
                Instant.now().truncatedTo(ChronoUnit.MICROS), // as stored
                null,
                null);
        try {
            evaluations.insert(queued, scratch.value(), worker.owner);
            worker.submit(
                    new EvaluationWorker.Task(id, folder, uploaded, split, name, modes, scratch, places::release));
        } catch (RuntimeException e) { // the server is stopping, or the database is gone
            places.release();
            if (uploaded) {
                FileSystemUtils.deleteRecursively(folder.toFile());
            }
            throw e;
        }
        return queued;
    }

    private void reservePlace() {
        if (!places.tryAcquire()) {
            throw new LecternProblem(
                    HttpStatus.TOO_MANY_REQUESTS,
                    "evaluation-queue-full",
                    "Too many evaluations",
                    "An evaluation is running and %d more are waiting. Submit again when one has finished."
                            .formatted(settings.maxQueued()));
        }
    }

    private static String named(Request request, String fallback) {
        String name = request.name() == null || request.name().isBlank()
                ? fallback
                : request.name().strip();
        return name.length() <= 200 ? name : name.substring(0, 200);
    }

    private static String split(Request request) {
        String split = request.split() == null || request.split().isBlank()
                ? "test"
                : request.split().strip();
        return parameter(() -> {
            BeirDataset.files(split);
            return split;
        });
    }

    private static <T> T parameter(java.util.function.Supplier<T> parse) {
        try {
            return parse.get();
        } catch (IllegalArgumentException e) {
            throw new LecternProblem(HttpStatus.BAD_REQUEST, "invalid-parameter", "Invalid parameter", e.getMessage());
        }
    }

    private interface Check {
        Path run() throws IOException;
    }

    /** Problems found before any work starts are the client's to fix: 400, with the reason. */
    private static Path checked(Check check) throws IOException {
        try {
            return check.run();
        } catch (InvalidDataset e) {
            throw new LecternProblem(HttpStatus.BAD_REQUEST, "invalid-dataset", "Invalid data set", e.getMessage());
        }
    }
}
