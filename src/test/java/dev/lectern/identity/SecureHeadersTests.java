package dev.lectern.identity;

import static org.assertj.core.api.Assertions.assertThat;

import dev.lectern.support.Api;
import dev.lectern.support.ApiTest;
import org.junit.jupiter.api.Test;

/** Every response, the app's page included, carries the headers that keep a browser from misusing it. */
class SecureHeadersTests extends ApiTest {

    @Test
    void theAppAndTheApiAnswerWithSecureHeaders() {
        for (Api.Response response : new Api.Response[] {Api.anonymous(port).get("/"), api.get("/api/v1/workspaces")}) {
            assertThat(response.header("X-Content-Type-Options")).isEqualTo("nosniff");
            assertThat(response.header("X-Frame-Options")).isEqualTo("SAMEORIGIN");
            assertThat(response.header("Content-Security-Policy"))
                    .contains("script-src 'self';")
                    .contains("frame-ancestors 'self'");
            assertThat(response.header("Referrer-Policy")).isEqualTo("same-origin");
        }
    }
}
