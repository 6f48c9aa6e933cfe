package dev.lectern.generation.llamacpp;

import io.micrometer.core.instrument.DistributionSummary;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import java.util.concurrent.TimeUnit;

/** Time to first token and the two speeds operators size hardware by: prompt and generation tokens/s. */
final class GenerationMetrics {

    private final Timer firstToken;
    private final DistributionSummary promptSpeed;
    private final DistributionSummary generationSpeed;

    GenerationMetrics(MeterRegistry meters) {
        firstToken = Timer.builder("lectern.generation.ttft")
                .description("Time from admission to the first generated token")
                .register(meters);
        promptSpeed = DistributionSummary.builder("lectern.generation.prompt.speed")
                .baseUnit("tokens/s")
                .description("Prompt tokens evaluated per second (cached prefix counts as evaluated)")
                .register(meters);
        generationSpeed = DistributionSummary.builder("lectern.generation.speed")
                .baseUnit("tokens/s")
                .description("Tokens generated per second after the first")
                .register(meters);
    }

    void firstToken(long nanos, int promptTokens) {
        firstToken.record(nanos, TimeUnit.NANOSECONDS);
        if (nanos > 0) {
            promptSpeed.record(promptTokens * 1e9 / nanos);
        }
    }

    void finished(long nanosSinceFirstToken, int tokensAfterFirst) {
        if (tokensAfterFirst > 0 && nanosSinceFirstToken > 0) {
            generationSpeed.record(tokensAfterFirst * 1e9 / nanosSinceFirstToken);
        }
    }
}
