package dev.lectern.generation.llamacpp;

import de.kherud.llama.InferenceParameters;
import de.kherud.llama.LlamaIterator;
import de.kherud.llama.LlamaModel;
import de.kherud.llama.LlamaOutput;
import de.kherud.llama.ModelParameters;
import de.kherud.llama.args.LogFormat;
import dev.lectern.generation.GenerationRequest;
import dev.lectern.generation.GenerationSettings;
import dev.lectern.generation.GeneratorStatus;
import dev.lectern.generation.GeneratorStatus.State;
import dev.lectern.generation.GeneratorUnavailable;
import dev.lectern.generation.TextGenerator;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Runs a GGUF model in this JVM through llama.cpp.
 *
 * <p>The model loads on a background thread so that the application is ready before the model is. The
 * binding frees no native memory on close: one instance lives as long as the process.
 */
public class LlamaCppTextGenerator implements TextGenerator {

    private static final Logger log = LoggerFactory.getLogger(LlamaCppTextGenerator.class);
    private static final Logger nativeLog = LoggerFactory.getLogger("llama.cpp");

    private final GenerationSettings settings;
    private final Semaphore slots = new Semaphore(1, true);
    private volatile GeneratorStatus status;
    private volatile LlamaModel model;

    public LlamaCppTextGenerator(GenerationSettings settings) {
        this.settings = settings;
        if (settings.model() == null) {
            status = new GeneratorStatus(
                    State.NOT_CONFIGURED,
                    null,
                    "Set LECTERN_GENERATION_MODEL (property lectern.generation.model) to the path of a GGUF"
                            + " model file and restart Lectern.");
        } else {
            status = new GeneratorStatus(State.LOADING, modelName(), "Loading " + settings.model());
            Thread.ofPlatform().name("llama-loader").daemon().start(this::load);
        }
    }

    private String modelName() {
        return settings.model().getFileName().toString();
    }

    private void load() {
        Path file = settings.model().toAbsolutePath();
        try {
            if (!Files.isReadable(file)) {
                throw new IllegalStateException("The model file " + file + " does not exist or cannot be read.");
            }
            Files.createDirectories(settings.nativeDir());
            // the binding unpacks its native library here instead of the shared temp folder
            System.setProperty(
                    "de.kherud.llama.tmpdir",
                    settings.nativeDir().toAbsolutePath().toString());
            LlamaModel.setLogger(LogFormat.TEXT, (level, message) -> nativeLog.debug(message.strip()));
            long started = System.nanoTime();
            model = new LlamaModel(new ModelParameters()
                    .setModel(file.toString())
                    .setThreads(settings.threads())
                    .setCtxSize(settings.contextSize())
                    .setParallel(1));
            status = new GeneratorStatus(State.READY, modelName(), "Loaded " + file);
            log.info("Loaded {} in {} ms", file, (System.nanoTime() - started) / 1_000_000);
        } catch (Throwable e) { // a broken file can fail with an Error from native code
            log.error("Cannot load the language model {}", file, e);
            status = new GeneratorStatus(State.FAILED, modelName(), "Cannot load " + file + ": " + e.getMessage());
        }
    }

    @Override
    public GeneratorStatus status() {
        return status;
    }

    @Override
    public String generate(GenerationRequest request) {
        StringBuilder text = new StringBuilder();
        stream(request, piece -> {
            text.append(piece);
            return true;
        });
        return text.toString();
    }

    @Override
    public void stream(GenerationRequest request, Predicate<String> onText) {
        LlamaModel ready = readyModel();
        acquireSlot();
        try {
            InferenceParameters parameters = new InferenceParameters(request.prompt())
                    .setNPredict(request.maxTokens())
                    .setCachePrompt(true);
            LlamaIterator outputs = ready.generate(parameters).iterator();
            while (outputs.hasNext()) {
                LlamaOutput output = outputs.next();
                if (output.text.isEmpty()) {
                    continue; // the final output of a completion carries no text
                }
                if (!onText.test(output.text)) {
                    outputs.cancel();
                    return;
                }
            }
        } finally {
            slots.release();
        }
    }

    private LlamaModel readyModel() {
        requireReady();
        return model;
    }

    private void acquireSlot() {
        try {
            if (!slots.tryAcquire(settings.queueTimeout().toMillis(), TimeUnit.MILLISECONDS)) {
                throw GeneratorUnavailable.busy(5);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw GeneratorUnavailable.busy(5);
        }
    }
}
