package dev.lectern.generation.llamacpp;

import de.kherud.llama.LlamaModel;
import de.kherud.llama.ModelParameters;
import de.kherud.llama.args.LogFormat;
import dev.lectern.generation.GenerationSettings;
import dev.lectern.generation.GeneratorStatus;
import dev.lectern.generation.GeneratorStatus.State;
import java.nio.file.Files;
import java.nio.file.Path;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Owns the one llama.cpp model of this process. The binding frees no native memory on close, so a model,
 * once loaded, stays for the life of the process; see {@link #canLoad(Path)} for the switching rule.
 */
public class LlamaCppEngine {

    private static final Logger log = LoggerFactory.getLogger(LlamaCppEngine.class);
    private static final Logger nativeLog = LoggerFactory.getLogger("llama.cpp");

    private final GenerationSettings settings;
    private volatile GeneratorStatus status;
    private volatile LlamaModel model;
    private volatile Path loaded;
    private volatile boolean nativeUsed;

    LlamaCppEngine(GenerationSettings settings) {
        this.settings = settings;
        this.status = new GeneratorStatus(
                State.NOT_CONFIGURED,
                null,
                "No model is active. Pull one with POST /api/v1/admin/models/{id}/pull and activate it, or set"
                        + " LECTERN_GENERATION_MODEL (property lectern.generation.model) to the path of a GGUF file.");
    }

    public GeneratorStatus status() {
        return status;
    }

    LlamaModel model() {
        return model;
    }

    /** The file of the model that serves generation, if one was loaded or is loading. */
    public Path loadedModel() {
        return loaded;
    }

    /**
     * Only the first model can be loaded in a process: a second one would add its whole size to the resident
     * memory for good (measured: see README, "Switching models"), so switching takes a restart.
     */
    public boolean canLoad(Path file) {
        return !nativeUsed && status.state() != State.LOADING;
    }

    /** Starts loading on a background thread so that the application is ready before the model is. */
    public synchronized void loadInBackground(Path file) {
        if (!canLoad(file)) {
            throw new IllegalStateException("A model is already loaded in this process: " + loaded);
        }
        loaded = file.toAbsolutePath();
        status = new GeneratorStatus(State.LOADING, name(file), "Loading " + loaded);
        Thread.ofPlatform().name("llama-loader").daemon().start(() -> load(loaded));
    }

    private void load(Path file) {
        String architecture = null;
        try {
            if (!Files.isReadable(file)) {
                throw new IllegalStateException("The model file " + file + " does not exist or cannot be read.");
            }
            // refuses a truncated or foreign file before native code sees it
            architecture = GgufHeader.read(file).architecture();
            Files.createDirectories(settings.nativeDir());
            // the binding unpacks its native library here instead of the shared temp folder
            System.setProperty(
                    "de.kherud.llama.tmpdir",
                    settings.nativeDir().toAbsolutePath().toString());
            long started = System.nanoTime();
            nativeUsed = true;
            model = new LlamaModel(new ModelParameters()
                    .setModel(file.toString())
                    .setThreads(settings.threads())
                    // each slot gets contextSize tokens of its own
                    .setCtxSize(settings.contextSize() * settings.parallel())
                    .setParallel(settings.parallel())
                    .enableContBatching()
                    // llama.cpp's own log writes straight to the process's stderr, about ten lines per request
                    // around Lectern's log; loading replaces a logger set before it, so it is set after
                    .disableLog());
            LlamaModel.setLogger(LogFormat.TEXT, (level, message) -> nativeLog.debug(message.strip()));
            status = new GeneratorStatus(State.READY, name(file), "Loaded " + file);
            log.info("Loaded {} in {} ms", file, (System.nanoTime() - started) / 1_000_000);
        } catch (Throwable e) { // a broken file can fail with an Error from native code
            log.error("Cannot load the language model {}", file, e);
            // with its log off, llama.cpp says only that it failed: the architecture is the usual reason
            String kind = architecture == null
                    ? ""
                    : " (architecture '%s'; this llama.cpp build runs llama, qwen2, gemma2, gemma3 and phi3 models,"
                                    .formatted(architecture)
                            + " among others, but not qwen3)";
            status =
                    new GeneratorStatus(State.FAILED, name(file), "Cannot load " + file + kind + ": " + e.getMessage());
        }
    }

    private static String name(Path file) {
        return file.getFileName().toString();
    }
}
