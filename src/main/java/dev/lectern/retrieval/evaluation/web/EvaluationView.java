package dev.lectern.retrieval.evaluation.web;

import dev.lectern.retrieval.evaluation.Evaluation;
import dev.lectern.retrieval.evaluation.RetrievalEvaluation;
import io.swagger.v3.oas.annotations.media.Schema;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/** An evaluation as the admin API shows it: progress while it runs, scores per mode when it is done. */
record EvaluationView(
        UUID id,
        String name,
        Evaluation.Status status,
        String backend,
        List<String> modes,
        Dataset dataset,
        Progress progress,
        List<ModeScores> results,
        @Nullable String failureReason,
        Instant createdAt,
        @Nullable Instant startedAt,
        @Nullable Instant finishedAt) {

    /** Where the data set came from and its size; the counts are 0 until it has been read. */
    record Dataset(String source, String split, int documents, int queries) {}

    @Schema(name = "EvaluationProgress") // a document's Progress is another schema
    record Progress(int percent, int documentsIndexed, int documents, int queriesRun, int queriesTotal) {}

    record ModeScores(
            String mode,
            double ndcg10,
            double recall10,
            double recall100,
            double mrr10,
            double latencyP50Ms,
            double latencyP95Ms) {

        static ModeScores of(RetrievalEvaluation.ModeResult r) {
            return new ModeScores(
                    name(r.mode()), r.ndcg10(), r.recall10(), r.recall100(), r.mrr10(), r.p50Millis(), r.p95Millis());
        }
    }

    static EvaluationView of(Evaluation e) {
        return new EvaluationView(
                e.id(),
                e.name(),
                e.status(),
                e.backend(),
                e.modes().stream().map(EvaluationView::name).toList(),
                new Dataset(e.source(), e.split(), e.documents(), e.queries()),
                new Progress(e.percent(), e.documentsIndexed(), e.documents(), e.queriesRun(), e.queriesTotal()),
                e.results().stream().map(ModeScores::of).toList(),
                e.failure(),
                e.createdAt(),
                e.startedAt(),
                e.finishedAt());
    }

    private static String name(Enum<?> mode) {
        return mode.name().toLowerCase(Locale.ROOT);
    }
}
