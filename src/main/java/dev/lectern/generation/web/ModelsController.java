package dev.lectern.generation.web;

import dev.lectern.generation.models.ModelLibrary;
import dev.lectern.generation.models.ModelLibrary.Activation;
import dev.lectern.generation.models.ModelState;
import dev.lectern.generation.models.PullProgress;
import dev.lectern.shared.LecternProblem;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.mvc.method.annotation.SseEmitter;

/** The model manager's API: catalog and installed models, pull with progress, register, activate, delete. */
@RestController
@RequestMapping("/api/v1/admin/models")
class ModelsController {

    private final ModelLibrary library;

    ModelsController(ModelLibrary library) {
        this.library = library;
    }

    /** The catalog's default and note, and every model with its state. */
    record ModelList(String defaultModel, String catalogNote, List<ModelState> models) {}

    @GetMapping
    ModelList list() {
        return new ModelList(library.catalog().defaultModel(), library.catalog().note(), library.list());
    }

    @GetMapping("/{id}")
    ModelState get(@PathVariable String id) {
        return library.get(id);
    }

    @PostMapping("/{id}/pull")
    ResponseEntity<PullProgress> pull(@PathVariable String id) {
        return ResponseEntity.accepted().body(library.pull(id));
    }

    @GetMapping(path = "/{id}/pull", produces = MediaType.APPLICATION_JSON_VALUE)
    PullProgress progress(@PathVariable String id) {
        return library.progress(id).orElseThrow(() -> LecternProblem.notFound("pull", id));
    }

    /** Progress as server-sent events, one a second, until the pull ends. */
    @GetMapping(path = "/{id}/pull", produces = MediaType.TEXT_EVENT_STREAM_VALUE)
    SseEmitter progressStream(@PathVariable String id) {
        library.progress(id).orElseThrow(() -> LecternProblem.notFound("pull", id));
        SseEmitter emitter = new SseEmitter(0L);
        Thread.ofVirtual().name("pull-progress-" + id).start(() -> {
            try {
                PullProgress progress;
                do {
                    progress = library.progress(id).orElseThrow();
                    emitter.send(SseEmitter.event().name("progress").data(progress, MediaType.APPLICATION_JSON));
                    Thread.sleep(progress.finished() ? 0 : 1000);
                } while (!progress.finished());
                emitter.complete();
            } catch (IOException | IllegalStateException | InterruptedException e) {
                emitter.complete(); // the client went away; the pull goes on
            }
        });
        return emitter;
    }

    @DeleteMapping("/{id}/pull")
    ResponseEntity<Void> cancel(@PathVariable String id) {
        library.cancel(id);
        return ResponseEntity.accepted().build();
    }

    @PostMapping("/{id}/activate")
    ResponseEntity<Activation> activate(@PathVariable String id) {
        return ResponseEntity.accepted().body(library.activate(id));
    }

    @DeleteMapping("/{id}")
    ResponseEntity<Void> delete(@PathVariable String id) {
        library.delete(id);
        return ResponseEntity.noContent().build();
    }

    @PostMapping("/register")
    ResponseEntity<ModelState> register(@Valid @RequestBody Registration body) {
        return ResponseEntity.status(HttpStatus.CREATED).body(library.register(body.id(), Path.of(body.path())));
    }

    record Registration(@NotBlank String id, @NotBlank String path) {}
}
