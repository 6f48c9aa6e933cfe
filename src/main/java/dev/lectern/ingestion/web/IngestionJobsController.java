package dev.lectern.ingestion.web;

import dev.lectern.ingestion.Ingestion;
import dev.lectern.ingestion.jobs.IngestionJobs;
import dev.lectern.ingestion.jobs.JobSummary;
import dev.lectern.shared.LecternProblem;
import dev.lectern.shared.Paging;
import io.swagger.v3.oas.annotations.media.Schema;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.UUID;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** The ingestion queue for administrators: list jobs (paged, by state), retry a document, cancel its work. */
@RestController
@RequestMapping("/api/v1/admin/ingestion/jobs")
class IngestionJobsController {

    private static final Set<String> STATES = Set.of("QUEUED", "RUNNING", "DONE", "FAILED", "CANCELLED");

    private final IngestionJobs jobs;
    private final Ingestion ingestion;

    IngestionJobsController(IngestionJobs jobs, Ingestion ingestion) {
        this.jobs = jobs;
        this.ingestion = ingestion;
    }

    @Schema(name = "JobPage") // the OpenAPI schema names must be unique across controllers
    record Page(List<JobSummary> items, int page, int size, long totalItems, long totalPages) {}

    @GetMapping
    Page list(
            @RequestParam(required = false) String state,
            @RequestParam(defaultValue = "0") int page,
            @RequestParam(defaultValue = "50") int size) {
        String wanted = state == null || state.isBlank() ? null : state.toUpperCase(Locale.ROOT);
        if (wanted != null && !STATES.contains(wanted)) {
            throw invalid("'state' must be one of "
                    + String.join(", ", STATES.stream().sorted().toList()) + ".");
        }
        Paging paging = Paging.of(page, size);
        long total = jobs.total(wanted);
        return new Page(jobs.page(wanted, page, size), page, size, total, paging.totalPages(total));
    }

    /** What became of the job's document after a retry or a cancel. */
    record JobAction(UUID documentId, String status) {}

    /** Processes the job's document again from its stored file (as re-indexing does); 202. */
    @PostMapping("/{id}/retry")
    ResponseEntity<JobAction> retry(@PathVariable UUID id) {
        JobSummary job = require(id);
        ingestion.reindex(job.documentId());
        return ResponseEntity.accepted().body(new JobAction(job.documentId().value(), "QUEUED"));
    }

    /** Cancels the queued or running work of the job's document; 409 when it has already finished. */
    @PostMapping("/{id}/cancel")
    JobAction cancel(@PathVariable UUID id) {
        JobSummary job = require(id);
        if (!job.active()) {
            throw new LecternProblem(
                    HttpStatus.CONFLICT,
                    "job-finished",
                    "Job already finished",
                    "The job is %s; only queued or running jobs can be cancelled.".formatted(job.state()));
        }
        ingestion.cancel(job.documentId());
        return new JobAction(job.documentId().value(), "CANCELLED");
    }

    private JobSummary require(UUID id) {
        return jobs.find(id).orElseThrow(() -> LecternProblem.notFound("ingestion job", id));
    }

    private static LecternProblem invalid(String detail) {
        return new LecternProblem(HttpStatus.BAD_REQUEST, "invalid-request", "Invalid request", detail);
    }
}
