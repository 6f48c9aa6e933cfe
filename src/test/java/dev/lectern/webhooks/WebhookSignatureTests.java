package dev.lectern.webhooks;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.lectern.shared.LecternProblem;
import java.time.Duration;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class WebhookSignatureTests {

    private static final String BODY = "{\"id\":\"e1\",\"type\":\"document.ready\"}";

    @Test
    void signatureVerifiesOnlyWithTheSameSecretBodyAndTime() {
        String secret = WebhookSignature.newSecret();
        String header = WebhookSignature.header(secret, 1_700_000_000L, BODY);

        assertThat(header).matches("t=1700000000,v1=[0-9a-f]{64}");
        assertThat(WebhookSignature.verifies(secret, header, BODY)).isTrue();
        assertThat(WebhookSignature.verifies(secret, header, BODY.replace("ready", "failed")))
                .isFalse();
        assertThat(WebhookSignature.verifies(WebhookSignature.newSecret(), header, BODY))
                .isFalse();
        assertThat(WebhookSignature.verifies(secret, header.replace("t=1700000000", "t=1700000001"), BODY))
                .isFalse();
        assertThat(WebhookSignature.verifies(secret, "v1=abc", BODY)).isFalse();
    }

    @Test
    void secretsAreRandomAndLong() {
        String one = WebhookSignature.newSecret();
        assertThat(one).startsWith("whsec_").hasSizeGreaterThan(40);
        assertThat(WebhookSignature.newSecret()).isNotEqualTo(one);
    }

    @Test
    void defaultBackoffGrowsFromOneMinuteToSixHours() {
        var settings = new WebhooksSettings(
                false,
                8,
                Duration.ofMinutes(1),
                4,
                Duration.ofHours(6),
                Duration.ofSeconds(10),
                Duration.ofSeconds(5),
                2);

        assertThat(IntStream.rangeClosed(1, 7).mapToObj(settings::backoff).map(Duration::toMinutes))
                .containsExactly(1L, 4L, 16L, 64L, 256L, 360L, 360L);
    }

    @Test
    void refusesLoopbackAndPrivateUrlsUnlessAllowed() {
        var strict = new WebhookUrls(false);

        for (String url : new String[] {
            "http://127.0.0.1:8080/hook", "http://localhost/hook", "https://10.1.2.3/hook", "http://[::1]/hook"
        }) {
            assertThatThrownBy(() -> strict.check(url))
                    .as(url)
                    .isInstanceOfSatisfying(
                            LecternProblem.class,
                            p -> assertThat(p.getBody().getType().toString()).endsWith("/webhook-url-not-allowed"));
        }
        assertThat(strict.check("https://93.184.216.34/hook").getHost()).isEqualTo("93.184.216.34");
        assertThat(new WebhookUrls(true).check("http://127.0.0.1:8080/hook").getPort())
                .isEqualTo(8080);
    }

    @Test
    void refusesUrlsThatAreNotHttp() {
        var strict = new WebhookUrls(false);

        for (String url : new String[] {"ftp://93.184.216.34/x", "file:///etc/passwd", "not a url", ""}) {
            assertThatThrownBy(() -> strict.check(url))
                    .as(url)
                    .isInstanceOfSatisfying(
                            LecternProblem.class,
                            p -> assertThat(p.getBody().getType().toString()).endsWith("/invalid-webhook-url"));
        }
    }
}
