package dev.lectern.generation.models;

import static org.assertj.core.api.Assertions.assertThat;

import dev.lectern.generation.GenerationSettings;
import dev.lectern.generation.gguf.GgufWriter;
import dev.lectern.generation.gguf.ModelShape;
import dev.lectern.generation.llamacpp.LlamaCppTextGenerator;
import dev.lectern.generation.models.PullProgress.State;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Pulls against a local HTTP server serving a GGUF file the test wrote. */
class ModelDownloadTests {

    @TempDir
    Path dir;

    byte[] model;
    String sha256;
    ModelServer server;

    @BeforeEach
    void serveAGeneratedModel() throws Exception {
        Path file = GgufWriter.write(dir.resolve("source.gguf"), ModelShape.TINY_LLAMA, GgufWriter.Type.F32, null);
        model = Files.readAllBytes(file);
        sha256 = ModelDownload.Sha256.of(file);
        server = new ModelServer(model);
    }

    @AfterEach
    void stop() {
        server.close();
    }

    @Test
    void pullsVerifiesAndInstallsTheFileAtomically() throws Exception {
        ModelLibrary library = library(sha256, "/model.gguf");

        PullProgress done = pullToEnd(library);

        assertThat(done.state()).isEqualTo(State.DONE);
        assertThat(done.bytes()).isEqualTo(model.length);
        assertThat(done.percent()).isEqualTo(100.0);
        assertThat(Files.readAllBytes(dir.resolve("models/tiny.gguf"))).isEqualTo(model);
        assertThat(dir.resolve("models/tiny.gguf.part")).doesNotExist();
        assertThat(library.get("tiny").installed()).isTrue();
    }

    @Test
    void resumesWithARangeRequestAfterTheConnectionWasCut() throws Exception {
        ModelLibrary library = library(sha256, "/model.gguf");
        server.cutAfter = model.length / 2;

        PullProgress cut = pullToEnd(library);
        assertThat(cut.state()).isEqualTo(State.FAILED);
        assertThat(cut.detail()).contains("resume");
        long kept = Files.size(dir.resolve("models/tiny.gguf.part"));
        assertThat(kept).isPositive().isLessThan(model.length);

        PullProgress resumed = pullToEnd(library);

        assertThat(resumed.state()).isEqualTo(State.DONE);
        assertThat(server.ranges).containsExactly("null", "bytes=" + kept + "-");
        assertThat(ModelDownload.Sha256.of(dir.resolve("models/tiny.gguf"))).isEqualTo(sha256);
    }

    @Test
    void checksumMismatchFailsAndDeletesTheDownload() throws Exception {
        ModelLibrary library = library("0".repeat(64), "/model.gguf");

        PullProgress failed = pullToEnd(library);

        assertThat(failed.state()).isEqualTo(State.FAILED);
        assertThat(failed.detail()).contains("Checksum mismatch").contains(sha256);
        assertThat(dir.resolve("models/tiny.gguf")).doesNotExist();
        assertThat(dir.resolve("models/tiny.gguf.part")).doesNotExist();
    }

    @Test
    void missingFileFailsWithTheServersStatus() throws Exception {
        PullProgress failed = pullToEnd(library(sha256, "/gone.gguf"));

        assertThat(failed.state()).isEqualTo(State.FAILED);
        assertThat(failed.detail()).contains("404");
    }

    @Test
    void refusesToStartWhenTheDiskCannotHoldTheModel() throws Exception {
        ModelLibrary library = library(sha256, "/model.gguf");
        library.freeSpace(() -> 10L << 20);

        PullProgress failed = pullToEnd(library);

        assertThat(failed.state()).isEqualTo(State.FAILED);
        assertThat(failed.detail()).contains("Not enough disk space");
        assertThat(server.ranges).hasSize(1);
    }

    @Test
    void slowDownloadReportsSpeedAndTimeLeftAndCanBeCancelled() throws Exception {
        ModelLibrary library = library(sha256, "/model.gguf");
        server.delayPerChunkMillis = 40;
        library.pull("tiny");

        PullProgress running = library.progress("tiny").orElseThrow();
        for (int i = 0; i < 100 && running.bytes() < 3 * 8192; i++) {
            Thread.sleep(20);
            running = library.progress("tiny").orElseThrow();
        }
        assertThat(running.state()).isEqualTo(State.DOWNLOADING);
        assertThat(running.total()).isEqualTo(model.length);
        assertThat(running.bytesPerSecond()).isPositive();
        assertThat(running.etaSeconds()).isPositive();

        library.cancel("tiny");
        PullProgress cancelled = pullEnd(library);
        assertThat(cancelled.state()).isEqualTo(State.CANCELLED);
        assertThat(dir.resolve("models/tiny.gguf")).doesNotExist();
    }

    @Test
    void aFileThatIsNoModelIsRefusedEvenWithoutAChecksum() throws Exception {
        server.close();
        server = new ModelServer("<html>Please log in</html>".repeat(100).getBytes());

        PullProgress failed = pullToEnd(library(null, "/model.gguf"));

        assertThat(failed.state()).isEqualTo(State.FAILED);
        assertThat(failed.detail()).contains("not a GGUF");
    }

    private ModelLibrary library(String checksum, String path) throws Exception {
        Path catalog = dir.resolve("catalog.json");
        Files.writeString(catalog, """
                {"note":"test","defaultModel":"tiny","models":[{"id":"tiny","name":"Tiny","family":"llama",\
                "parameters":"1M","quantization":"F32","url":"%s","sha256":%s,"sizeBytes":null,\
                "approximateSizeMb":1,"verified":false,"licence":"MIT","contextLength":2048,"tasks":["tests"]}]}""".formatted(server.url(path), checksum == null ? "null" : "\"" + checksum + "\""));
        LlamaCppTextGenerator idle = new LlamaCppTextGenerator(GenerationSettings.of(null, dir, 256, 1));
        return new ModelLibrary(ModelCatalog.load("file:" + catalog), dir.resolve("models"), idle.engine());
    }

    private static PullProgress pullToEnd(ModelLibrary library) throws InterruptedException {
        library.pull("tiny");
        return pullEnd(library);
    }

    private static PullProgress pullEnd(ModelLibrary library) throws InterruptedException {
        long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
        PullProgress progress = library.progress("tiny").orElseThrow();
        while (!progress.finished() && System.nanoTime() < deadline) {
            Thread.sleep(10);
            progress = library.progress("tiny").orElseThrow();
        }
        return progress;
    }
}
