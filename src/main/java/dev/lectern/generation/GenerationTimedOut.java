package dev.lectern.generation;

import dev.lectern.shared.LecternProblem;
import java.time.Duration;
import org.springframework.http.HttpStatus;

/** A generation ran longer than the per-request timeout and was cancelled, freeing its slot. */
public class GenerationTimedOut extends LecternProblem {

    public GenerationTimedOut(Duration limit) {
        super(
                HttpStatus.GATEWAY_TIMEOUT,
                "generation-timeout",
                "Generation timed out",
                "Generation was cancelled after %d s (lectern.generation.request-timeout). Ask for fewer tokens."
                        .formatted(limit.toSeconds()));
    }
}
