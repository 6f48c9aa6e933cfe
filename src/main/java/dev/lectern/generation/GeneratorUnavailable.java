package dev.lectern.generation;

import dev.lectern.shared.LecternProblem;
import org.springframework.http.HttpStatus;

/** Generation cannot run now: no model configured, still loading, failed to load, or all slots busy. */
public class GeneratorUnavailable extends LecternProblem {

    GeneratorUnavailable(HttpStatus status, String slug, String title, String detail, Integer retryAfterSeconds) {
        super(status, slug, title, detail);
        if (retryAfterSeconds != null) {
            getHeaders().set("Retry-After", String.valueOf(retryAfterSeconds));
        }
    }

    public static GeneratorUnavailable of(GeneratorStatus status) {
        return switch (status.state()) {
            case NOT_CONFIGURED ->
                new GeneratorUnavailable(
                        HttpStatus.SERVICE_UNAVAILABLE,
                        "no-model-configured",
                        "No language model configured",
                        status.detail(),
                        null);
            case LOADING ->
                new GeneratorUnavailable(
                        HttpStatus.SERVICE_UNAVAILABLE,
                        "model-loading",
                        "Language model is loading",
                        status.detail(),
                        5);
            case FAILED ->
                new GeneratorUnavailable(
                        HttpStatus.SERVICE_UNAVAILABLE,
                        "model-failed",
                        "Language model failed to load",
                        status.detail(),
                        null);
            case READY -> throw new IllegalArgumentException("The model is ready");
        };
    }

    public static GeneratorUnavailable busy(long retryAfterSeconds) {
        return new GeneratorUnavailable(
                HttpStatus.TOO_MANY_REQUESTS,
                "generator-busy",
                "Generator busy",
                "Every generation slot is busy. Retry in a few seconds.",
                (int) retryAfterSeconds);
    }
}
