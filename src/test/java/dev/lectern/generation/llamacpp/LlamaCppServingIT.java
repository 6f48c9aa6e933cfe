package dev.lectern.generation.llamacpp;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.lectern.generation.GenerationOptions;
import dev.lectern.generation.GenerationRequest;
import dev.lectern.generation.GenerationSettings;
import dev.lectern.generation.GenerationTimedOut;
import dev.lectern.generation.GeneratorUnavailable;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** One slot, no queue room and a short timeout, with the real engine: the limits an operator relies on. */
class LlamaCppServingIT {

    static LlamaCppTextGenerator generator;
    static final SimpleMeterRegistry meters = new SimpleMeterRegistry();

    @BeforeAll
    static void load(@TempDir Path nativeDir) throws InterruptedException {
        GenerationSettings base = GenerationSettings.of(LlamaCppTextGeneratorIT.STORIES, nativeDir, 2048, 1);
        GenerationSettings strict = new GenerationSettings(
                base.model(),
                2,
                2048,
                64,
                4096,
                Duration.ofSeconds(5),
                nativeDir,
                1,
                0,
                Duration.ofSeconds(2),
                null,
                base.catalog(),
                false);
        generator = new LlamaCppTextGenerator(strict, meters);
        LlamaCppTextGeneratorIT.await(generator);
    }

    @Test
    void turnsAwayWith429AndRetryAfterWhenSlotAndQueueAreFull() throws InterruptedException {
        CountDownLatch started = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        Thread busy = Thread.ofVirtual()
                .start(() -> generator.stream(new GenerationRequest("Once", 200), piece -> {
                    started.countDown();
                    awaitQuietly(release);
                    return false;
                }));
        assertThat(started.await(10, TimeUnit.SECONDS)).isTrue();

        assertThatThrownBy(() -> generator.generate(new GenerationRequest("Lily", 5)))
                .isInstanceOfSatisfying(GeneratorUnavailable.class, e -> {
                    assertThat(e.getStatusCode().value()).isEqualTo(429);
                    assertThat(e.getHeaders().getFirst("Retry-After")).isNotBlank();
                });

        release.countDown();
        busy.join();
        assertThat(generator.generate(new GenerationRequest("Lily", 5))).isNotNull();
    }

    @Test
    void cancelsAGenerationThatRunsPastTheTimeoutAndFreesTheSlot() {
        GenerationOptions endless = new GenerationOptions(2000, null, null, null, null, null, List.of(), null, true);

        // a slow reader (10 ms per piece) makes 2000 tokens take far longer than the 2 s timeout on any machine
        assertThatThrownBy(() -> generator.stream(new GenerationRequest("Once upon a time", endless), piece -> {
                    sleepQuietly(10);
                    return true;
                }))
                .isInstanceOf(GenerationTimedOut.class);

        assertThat(generator.activeSlots()).isZero();
        assertThat(generator.generate(new GenerationRequest("Lily", 5))).isNotNull();
    }

    @Test
    void recordsQueueWaitTimeToFirstTokenAndSpeeds() {
        long before = meters.get("lectern.generation.ttft").timer().count();

        generator.generate(new GenerationRequest("Once upon a time", 20));

        assertThat(meters.get("lectern.generation.ttft").timer().count()).isEqualTo(before + 1);
        assertThat(meters.get("lectern.generation.ttft").timer().max(TimeUnit.MILLISECONDS))
                .isPositive();
        assertThat(meters.get("lectern.generation.queue.wait").timer().count()).isGreaterThan(before);
        assertThat(meters.get("lectern.generation.prompt.speed").summary().mean())
                .isPositive();
        assertThat(meters.get("lectern.generation.speed").summary().mean()).isPositive();
        assertThat(meters.get("lectern.generation.slots.active").gauge().value())
                .isZero();
    }

    private static void sleepQuietly(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static void awaitQuietly(CountDownLatch latch) {
        try {
            latch.await(10, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
