package dev.lectern.retrieval.evaluation;

import dev.lectern.support.Api;
import java.time.Duration;
import tools.jackson.databind.JsonNode;

/** Polls an evaluation through the API until it has finished, as a client would. */
final class Evaluating {

    private Evaluating() {}

    static JsonNode awaitFinished(Api api, String id) {
        return await(api, id, Duration.ofSeconds(120), "COMPLETED", "FAILED");
    }

    static JsonNode await(Api api, String id, Duration timeout, String... statuses) {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (true) {
            JsonNode evaluation =
                    api.get(EvaluationApiTests.EVALUATIONS + "/" + id).json();
            for (String status : statuses) {
                if (evaluation.get("status").asString().equals(status)) {
                    return evaluation;
                }
            }
            if (System.nanoTime() > deadline) {
                throw new AssertionError("Evaluation not in " + String.join("/", statuses) + ": " + evaluation);
            }
            try {
                Thread.sleep(100);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
        }
    }
}
