package dev.lectern.generation.llamacpp;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import dev.lectern.generation.GenerationRequest;
import dev.lectern.generation.GenerationSettings;
import dev.lectern.generation.GeneratorStatus.State;
import dev.lectern.generation.GeneratorUnavailable;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.slf4j.LoggerFactory;

/** The llama.cpp engine with the real stories260K model: load, stream, stop early, reuse. */
class LlamaCppTextGeneratorIT {

    static final Path STORIES = Path.of("../shared/models/stories260K.gguf");

    static LlamaCppTextGenerator generator;

    @BeforeAll
    static void load(@TempDir Path nativeDir) throws InterruptedException {
        // one instance for the class: the binding frees no native memory on close
        generator = new LlamaCppTextGenerator(settings(STORIES, nativeDir));
        await(generator);
    }

    @Test
    void streamedPiecesMakeUpTheStory() {
        List<String> pieces = new ArrayList<>();
        generator.stream(new GenerationRequest("Once upon a time", 30), pieces::add);

        String story = String.join("", pieces);
        assertThat(pieces.size()).isBetween(10, 31);
        assertThat(story.split("\\s+").length).isGreaterThan(5);
    }

    @Test
    void stopsWhenTheListenerSaysSoAndServesTheNextRequest() {
        List<String> pieces = new ArrayList<>();
        generator.stream(new GenerationRequest("Once upon a time", 200), piece -> {
            pieces.add(piece);
            return pieces.size() < 3;
        });
        assertThat(pieces).hasSize(3);

        // the slot was freed at once: the next request runs rather than waiting for the queue timeout
        String next = generator.generate(new GenerationRequest("Lily went to the park", 10));
        assertThat(next).isNotBlank();
    }

    @Test
    void cutsAPromptLongerThanTheContextInsteadOfFailing() {
        String tooLong = "Lily and Tom went to the park to play. ".repeat(200);

        assertThat(generator.generate(new GenerationRequest(tooLong, 10))).isNotNull();
    }

    @Test
    void llamaCppsOwnLogReachesTheLlamaCppLoggerAtDebugLevel() {
        Logger nativeLog = (Logger) LoggerFactory.getLogger("llama.cpp");
        Level before = nativeLog.getLevel();
        ListAppender<ILoggingEvent> seen = new ListAppender<>();
        seen.start();
        nativeLog.addAppender(seen);
        nativeLog.setLevel(Level.DEBUG);
        try {
            generator.generate(new GenerationRequest("Once upon a time", 5));
        } finally {
            nativeLog.detachAppender(seen);
            nativeLog.setLevel(before);
        }

        // routed through the logger set after loading (llama.cpp's own printing to stderr is off)
        assertThat(seen.list).isNotEmpty().allMatch(event -> event.getLevel() == Level.DEBUG);
    }

    @Test
    void missingModelFileEndsInFailedStateWithReason(@TempDir Path dir) throws InterruptedException {
        LlamaCppTextGenerator broken = new LlamaCppTextGenerator(settings(dir.resolve("absent.gguf"), dir));
        await(broken);

        assertThat(broken.status().state()).isEqualTo(State.FAILED);
        assertThat(broken.status().detail()).contains("absent.gguf");
        assertThatThrownBy(() -> broken.generate(new GenerationRequest("Hi", 5)))
                .isInstanceOf(GeneratorUnavailable.class)
                .hasMessageContaining("model-failed");
    }

    static GenerationSettings settings(Path model, Path nativeDir) {
        return GenerationSettings.of(model, nativeDir, 512, 1);
    }

    static void await(LlamaCppTextGenerator generator) throws InterruptedException {
        long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
        while (generator.status().state() == State.LOADING && System.nanoTime() < deadline) {
            Thread.sleep(20);
        }
    }
}
