package dev.lectern.ingestion;

import static org.assertj.core.api.Assertions.assertThat;

import dev.lectern.documents.DocumentStage;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

class PacingTests {

    final AtomicLong now = new AtomicLong(1_000_000_000L);

    Pacer pacer(boolean dueAtOnce) {
        return new Pacer(Duration.ofMillis(500), dueAtOnce, now::get);
    }

    void advance(long millis) {
        now.addAndGet(Duration.ofMillis(millis).toNanos());
    }

    @Test
    void aPacerDueAtOnceSaysYesFirstThenOncePerInterval() {
        Pacer pacer = pacer(true);

        assertThat(pacer.due()).isTrue();
        advance(499);
        assertThat(pacer.due()).isFalse();
        advance(1);
        assertThat(pacer.due()).isTrue();
        assertThat(pacer.due()).isFalse();
    }

    @Test
    void aPacerNotDueAtOnceWaitsAWholeIntervalFromItsCreation() {
        Pacer pacer = pacer(false);

        assertThat(pacer.due()).isFalse();
        advance(300);
        assertThat(pacer.due()).isFalse();
        advance(200);
        assertThat(pacer.due()).isTrue();
    }

    @Test
    void everyNewStageIsWrittenButCountsWithinAStageOnlyOncePerInterval() {
        ProgressPacing pacing = new ProgressPacing(pacer(true));

        assertThat(pacing.due(DocumentStage.PARSING)).isTrue();
        advance(5);
        assertThat(pacing.due(DocumentStage.CHUNKING)).isTrue();
        advance(5);
        assertThat(pacing.due(DocumentStage.EMBEDDING)).isTrue();
        advance(100);
        assertThat(pacing.due(DocumentStage.EMBEDDING))
                .as("16 of 40 chunks, 100 ms later")
                .isFalse();
        advance(400);
        assertThat(pacing.due(DocumentStage.EMBEDDING))
                .as("32 of 40, a whole interval later")
                .isTrue();
        advance(10);
        assertThat(pacing.due(DocumentStage.EMBEDDING)).isFalse();
    }
}
