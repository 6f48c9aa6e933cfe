package dev.lectern.shared;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.UUID;
import org.junit.jupiter.api.Test;

class RequestMeterTests {

    @Test
    void workOnAnotherThreadCountsForTheRequestThatCarriedTheMeter() throws Exception {
        RequestMeter meter = new RequestMeter();
        UUID workspace = UUID.randomUUID();

        meter.measure(() -> {
            RequestMeter.current().concerns(workspace);
            Thread worker = Thread.ofVirtual()
                    .start(RequestMeter.carry(() -> RequestMeter.current().addTokens(12, 5)));
            worker.join();
            return null;
        });

        assertThat(meter.promptTokens()).isEqualTo(12);
        assertThat(meter.completionTokens()).isEqualTo(5);
        assertThat(meter.workspaceId()).isEqualTo(workspace);
    }

    @Test
    void workOutsideARequestReportsToAMeterNobodyReads() throws Exception {
        RequestMeter meter = new RequestMeter();
        meter.measure(() -> {
            // a thread started without carrying the meter does not count for the request
            Thread stray = Thread.ofVirtual().start(() -> RequestMeter.current().addTokens(100, 100));
            stray.join();
            return null;
        });

        RequestMeter.current().addTokens(7, 7);

        assertThat(meter.promptTokens()).isZero();
        assertThat(RequestMeter.current().promptTokens()).isZero();
    }
}
