package dev.lectern.usage;

import static org.assertj.core.api.Assertions.assertThat;

import dev.lectern.workspaces.WorkspaceId;
import dev.lectern.workspaces.WorkspaceResources;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.Test;

class UsageRecorderTests {

    static final UUID HANDBOOK = UUID.randomUUID();
    static final UUID REFUNDS_DOC = UUID.randomUUID();

    /** Keeps what would be written, or fails like a database that is down. */
    static final class Written extends UsageLog {
        final List<ApiCall> calls = new CopyOnWriteArrayList<>();
        volatile boolean down;

        Written() {
            super(null);
        }

        @Override
        public void append(List<ApiCall> batch) {
            if (down) {
                throw new IllegalStateException("connection refused");
            }
            calls.addAll(batch);
        }

        @Override
        public int deleteBefore(java.time.LocalDate day) {
            return 0;
        }
    }

    final Written written = new Written();
    final SimpleMeterRegistry meters = new SimpleMeterRegistry();

    UsageRecorder recorder(int capacity) {
        WorkspaceResources documents = new WorkspaceResources() {
            @Override
            public String collection() {
                return "documents";
            }

            @Override
            public Optional<WorkspaceId> workspaceOf(UUID id) {
                return id.equals(REFUNDS_DOC) ? Optional.of(new WorkspaceId(HANDBOOK)) : Optional.empty();
            }
        };
        return new UsageRecorder(
                written, new UsageSettings(true, Duration.ofHours(1), capacity, 90), List.of(documents), meters);
    }

    @Test
    void writesNothingOnTheRequestThreadAndEverythingOnFlush() {
        UsageRecorder recorder = recorder(10);

        recorder.record(call(null));
        recorder.record(call(new ApiCall.Resource("documents", REFUNDS_DOC)));
        recorder.record(call(new ApiCall.Resource("documents", UUID.randomUUID())));
        assertThat(written.calls).isEmpty();
        recorder.flush();

        assertThat(written.calls).extracting(ApiCall::workspaceId).containsExactly(null, HANDBOOK, null);
        assertThat(written.calls).extracting(ApiCall::resource).containsOnlyNulls();
    }

    @Test
    void aFullBufferDropsAndCountsInsteadOfWaiting() {
        UsageRecorder recorder = recorder(2);

        for (int i = 0; i < 5; i++) {
            recorder.record(call(null));
        }
        recorder.flush();

        assertThat(written.calls).hasSize(2);
        assertThat(meters.counter("lectern.usage.dropped").count()).isEqualTo(3);
    }

    @Test
    void aFailingDatabaseLosesThatBatchOnlyAndRecordingGoesOn() {
        UsageRecorder recorder = recorder(10);
        written.down = true;
        recorder.record(call(null));
        recorder.record(call(null));

        recorder.flush();
        written.down = false;
        recorder.record(call(null));
        recorder.flush();

        assertThat(written.calls).hasSize(1);
        assertThat(meters.counter("lectern.usage.dropped").count()).isEqualTo(2);
    }

    @Test
    void stoppingWritesWhatIsStillBuffered() {
        UsageRecorder recorder = recorder(10);
        recorder.start();
        recorder.flush(); // the writer's first round may run at any time; after this the buffer is ours
        recorder.record(call(null));

        recorder.stop();

        assertThat(recorder.isRunning()).isFalse();
        assertThat(written.calls).hasSize(1);
    }

    static ApiCall call(ApiCall.Resource resource) {
        return new ApiCall(Instant.now(), "ann", null, null, resource, "GET /api/v1/documents/{id}", 200, 3, 0, 0);
    }

    @Test
    void disabledRecordsNothing() {
        var recorder = new UsageRecorder(
                written, new UsageSettings(false, Duration.ofHours(1), 10, 90), new ArrayList<>(), meters);

        recorder.record(call(null));
        recorder.flush();

        assertThat(written.calls).isEmpty();
    }
}
