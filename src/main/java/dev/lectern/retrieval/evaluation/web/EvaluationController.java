package dev.lectern.retrieval.evaluation.web;

import dev.lectern.retrieval.evaluation.EvaluationRuns;
import dev.lectern.shared.Paging;
import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import java.io.IOException;
import java.net.URI;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.core.io.InputStreamSource;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RequestPart;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

/**
 * Retrieval evaluation for administrators: submit a BEIR data set by server path or upload, follow its
 * progress, read and list the stored scores. Under /api/v1/admin so that one rule can protect it later.
 */
@RestController
@RequestMapping("/api/v1/admin/evaluations/retrieval")
class EvaluationController {

    static final int MAX_PAGE_SIZE = 200;

    private final EvaluationRuns runs;

    EvaluationController(EvaluationRuns runs) {
        this.runs = runs;
    }

    record PathRequest(@NotBlank String datasetPath, List<String> modes, String name, String split) {}

    @Schema(name = "EvaluationPage") // documents have a PageView schema of their own
    record PageView(List<EvaluationView> items, int page, int size, long totalItems) {}

    @PostMapping(consumes = MediaType.APPLICATION_JSON_VALUE)
    ResponseEntity<EvaluationView> fromPath(@Valid @RequestBody PathRequest request) throws IOException {
        return accepted(runs.submitFolder(
                request.datasetPath(), new EvaluationRuns.Request(request.name(), request.modes(), request.split())));
    }

    @PostMapping(consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    ResponseEntity<EvaluationView> upload(
            @RequestPart(required = false) MultipartFile corpus,
            @RequestPart(required = false) MultipartFile queries,
            @RequestPart(required = false) MultipartFile qrels,
            @RequestPart(required = false) MultipartFile dataset,
            @RequestParam(required = false) String name,
            @RequestParam(required = false) List<String> modes,
            @RequestParam(required = false) String split)
            throws IOException {
        Map<String, InputStreamSource> parts = new LinkedHashMap<>();
        put(parts, "corpus", corpus);
        put(parts, "queries", queries);
        put(parts, "qrels", qrels);
        put(parts, "dataset", dataset);
        String fileName = dataset == null ? null : dataset.getOriginalFilename();
        return accepted(runs.submitUpload(parts, fileName, new EvaluationRuns.Request(name, modes, split)));
    }

    @GetMapping("/{id}")
    EvaluationView get(@PathVariable UUID id) {
        return EvaluationView.of(runs.get(id));
    }

    /** Newest first. */
    @GetMapping
    PageView list(@RequestParam(defaultValue = "0") int page, @RequestParam(defaultValue = "20") int size) {
        Paging.of(page, size, MAX_PAGE_SIZE);
        List<EvaluationView> items =
                runs.list(page, size).stream().map(EvaluationView::of).toList();
        return new PageView(items, page, size, runs.count());
    }

    /** Removes a stored result; a queued or running evaluation is stopped first. */
    @DeleteMapping("/{id}")
    ResponseEntity<Void> delete(@PathVariable UUID id) {
        runs.delete(id);
        return ResponseEntity.noContent().build();
    }

    private static ResponseEntity<EvaluationView> accepted(dev.lectern.retrieval.evaluation.Evaluation queued) {
        return ResponseEntity.accepted()
                .location(URI.create("/api/v1/admin/evaluations/retrieval/" + queued.id()))
                .body(EvaluationView.of(queued));
    }

    private static void put(Map<String, InputStreamSource> parts, String name, MultipartFile file) {
        if (file != null) {
            parts.put(name, file);
        }
    }
}
