package dev.lectern.generation.models;

import dev.lectern.generation.GenerationSettings;
import dev.lectern.generation.llamacpp.LlamaCppEngine;
import java.nio.file.Path;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Decides at start-up which model to load: the configured file, else the model activated earlier, else (on a
 * first start, when enabled) the catalog's default model is pulled in the background and activated when it is
 * verified. Offline the pull fails with a clear status and Lectern works on without generation.
 */
public final class FirstStart {

    private static final Logger log = LoggerFactory.getLogger(FirstStart.class);

    private FirstStart() {}

    public static void run(GenerationSettings settings, ModelLibrary library, LlamaCppEngine engine) {
        if (settings.model() != null) {
            return; // loaded by the generator itself
        }
        Optional<Path> active = library.activeFile();
        if (active.isPresent()) {
            engine.loadInBackground(active.get());
            return;
        }
        String id = library.catalog().defaultModel();
        if (!settings.pullDefaultOnStart() || id == null || library.get(id).installed()) {
            return;
        }
        log.info("No model chosen yet: pulling the default model {} in the background", id);
        library.pull(id);
        Thread.ofVirtual().name("first-start-pull").start(() -> activateWhenPulled(library, id));
    }

    private static void activateWhenPulled(ModelLibrary library, String id) {
        try {
            while (library.progress(id).map(progress -> !progress.finished()).orElse(false)) {
                Thread.sleep(1000);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return;
        }
        PullProgress result = library.progress(id).orElseThrow();
        if (result.state() == PullProgress.State.DONE) {
            library.activate(id);
        } else {
            log.warn("Could not pull the default model {}: {}", id, result.detail());
        }
    }
}
