package dev.lectern.generation.models;

import dev.lectern.generation.llamacpp.GgufHeader;
import dev.lectern.generation.llamacpp.LlamaCppEngine;
import dev.lectern.shared.LecternProblem;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.http.HttpClient;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.LongSupplier;
import org.springframework.http.HttpStatus;

/**
 * The model manager, the way {@code ollama pull} works: the catalog, the models on disk, pulls with progress,
 * local files registered by path, deletion, and which model serves generation.
 *
 * <p>Layout of the models folder: {@code <id>.gguf} for pulled models, {@code <id>.path} (holding a path) for
 * registered ones, {@code active} holding the id of the model to serve.
 */
public class ModelLibrary {

    private final ModelCatalog catalog;
    private final Path folder;
    private final LlamaCppEngine engine;
    private final HttpClient http;
    private final Map<String, ModelDownload> pulls = new ConcurrentHashMap<>();
    private LongSupplier freeSpace;

    public ModelLibrary(ModelCatalog catalog, Path folder, LlamaCppEngine engine) {
        this.catalog = catalog;
        this.folder = folder;
        this.engine = engine;
        this.http = HttpClient.newBuilder()
                .followRedirects(HttpClient.Redirect.NORMAL) // Hugging Face resolves to a CDN
                .connectTimeout(Duration.ofSeconds(10))
                .build();
        this.freeSpace = () -> {
            try {
                return Files.getFileStore(folder).getUsableSpace();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        };
        try {
            Files.createDirectories(folder);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** For tests: pretend the disk has this much free space. */
    void freeSpace(LongSupplier supplier) {
        this.freeSpace = supplier;
    }

    public ModelCatalog catalog() {
        return catalog;
    }

    /** Every catalog model and every registered one, with its state on this machine. */
    public List<ModelState> list() {
        List<ModelState> states = new ArrayList<>();
        for (CatalogModel model : catalog.models()) {
            states.add(state(model.id(), model));
        }
        try (var files = Files.list(folder)) {
            files.map(file -> file.getFileName().toString())
                    .filter(name -> name.endsWith(".path"))
                    .map(name -> name.substring(0, name.length() - 5))
                    .forEach(id -> states.add(state(id, null)));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return states;
    }

    public ModelState get(String id) {
        CatalogModel model = catalog.find(id).orElse(null);
        if (model == null && !Files.exists(folder.resolve(id + ".path"))) {
            throw LecternProblem.notFound("model", id);
        }
        return state(id, model);
    }

    private ModelState state(String id, CatalogModel model) {
        Optional<Path> file = file(id);
        ModelDownload pull = pulls.get(id);
        boolean serving = file.isPresent()
                && engine.loadedModel() != null
                && engine.loadedModel().equals(file.get().toAbsolutePath());
        return new ModelState(
                id,
                model,
                file.map(Path::toString).orElse(null),
                file.map(ModelLibrary::size).orElse(null),
                id.equals(activeId().orElse(null)),
                serving,
                pull == null ? null : pull.progress());
    }

    /** Starts (or resumes) downloading a catalog model; a running pull is returned as it is. */
    public PullProgress pull(String id) {
        CatalogModel model = catalog.find(id).orElseThrow(() -> LecternProblem.notFound("model", id));
        ModelDownload running = pulls.get(id);
        if (running != null && !running.progress().finished()) {
            return running.progress();
        }
        ModelDownload download =
                new ModelDownload(http, model.url(), pulled(id), model.sha256(), model.expectedBytes(), freeSpace);
        pulls.put(id, download);
        Thread.ofVirtual().name("pull-" + id).start(download);
        return download.progress();
    }

    public Optional<PullProgress> progress(String id) {
        return Optional.ofNullable(pulls.get(id)).map(ModelDownload::progress);
    }

    public void cancel(String id) {
        Optional.ofNullable(pulls.get(id)).ifPresent(ModelDownload::cancel);
    }

    /** Registers a GGUF file already on this machine under an id; the file is checked, not copied. */
    public ModelState register(String id, Path file) {
        if (!id.matches("[a-z0-9][a-z0-9._-]{0,99}") || catalog.find(id).isPresent()) {
            throw invalid("The id must be lower-case letters, digits, '.', '_' or '-' and not a catalog id.");
        }
        if (!Files.isRegularFile(file)) {
            throw invalid("No readable file at " + file + ".");
        }
        try {
            GgufHeader.read(file);
            Files.writeString(
                    folder.resolve(id + ".path"), file.toAbsolutePath().toString());
        } catch (IOException e) {
            throw invalid("Cannot read " + file + ": " + e.getMessage());
        }
        return get(id);
    }

    /**
     * Makes a model the one that serves generation. The first model of a process loads now; any later
     * switch is remembered and takes effect at the next start, because the binding cannot free a model.
     */
    public Activation activate(String id) {
        get(id);
        Path file = file(id).orElseThrow(() -> new LecternProblem(
                HttpStatus.CONFLICT,
                "model-not-installed",
                "Model not installed",
                "Pull the model first: POST /api/v1/admin/models/" + id + "/pull."));
        try {
            GgufHeader.read(file);
            Files.writeString(folder.resolve("active"), id);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        if (engine.canLoad(file)) {
            engine.loadInBackground(file);
            return new Activation(id, false, "Loading " + file.getFileName() + "; watch /actuator/health.");
        }
        return new Activation(
                id,
                true,
                "Another model is loaded in this process and llama.cpp cannot free it; restart Lectern to serve " + id
                        + " (the choice is saved).");
    }

    /** The model to load at start-up: the saved choice, if its file is still there. */
    public Optional<Path> activeFile() {
        return activeId().flatMap(this::file);
    }

    public void delete(String id) {
        get(id);
        Optional<Path> file = file(id);
        if (file.isPresent()
                && engine.loadedModel() != null
                && engine.loadedModel().equals(file.get().toAbsolutePath())) {
            throw new LecternProblem(
                    HttpStatus.CONFLICT,
                    "model-in-use",
                    "Model in use",
                    "The model serves generation; activate another and restart first.");
        }
        cancel(id);
        try {
            Files.deleteIfExists(pulled(id));
            Files.deleteIfExists(ModelDownload.partOf(pulled(id)));
            Files.deleteIfExists(folder.resolve(id + ".path")); // a registered file itself is not ours to delete
            if (id.equals(activeId().orElse(null))) {
                Files.deleteIfExists(folder.resolve("active"));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        pulls.remove(id);
    }

    private Optional<String> activeId() {
        Path active = folder.resolve("active");
        try {
            return Files.exists(active) ? Optional.of(Files.readString(active).strip()) : Optional.empty();
        } catch (IOException e) {
            return Optional.empty();
        }
    }

    private Optional<Path> file(String id) {
        try {
            Path registered = folder.resolve(id + ".path");
            if (Files.exists(registered)) {
                Path file = Path.of(Files.readString(registered).strip());
                return Files.exists(file) ? Optional.of(file) : Optional.empty();
            }
        } catch (IOException e) {
            return Optional.empty();
        }
        return Files.exists(pulled(id)) ? Optional.of(pulled(id)) : Optional.empty();
    }

    private Path pulled(String id) {
        return folder.resolve(id + ".gguf");
    }

    private static Long size(Path file) {
        try {
            return Files.size(file);
        } catch (IOException e) {
            return null;
        }
    }

    private static LecternProblem invalid(String detail) {
        return new LecternProblem(HttpStatus.BAD_REQUEST, "invalid-request", "Invalid request", detail);
    }

    /** The result of an activation: loading now, or at the next restart. */
    public record Activation(String id, boolean restartRequired, String detail) {}
}
