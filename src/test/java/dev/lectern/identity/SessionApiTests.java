package dev.lectern.identity;

import static org.assertj.core.api.Assertions.assertThat;

import dev.lectern.support.Api;
import dev.lectern.support.ApiTest;
import org.junit.jupiter.api.Test;

class SessionApiTests extends ApiTest {

    @Test
    void signInReturnsTheUserWithRolesAndWorkspaces() {
        Api browser = Api.signedIn(port, Api.ADMIN, Api.ADMIN_PASSWORD);
        String workspace = browser.createWorkspace("Signed-in workspace");

        Api.Response session = browser.get("/api/v1/session");

        assertThat(session.status()).isEqualTo(200);
        assertThat(session.json().get("username").asString()).isEqualTo(Api.ADMIN);
        assertThat(session.json().get("roles").get(0).asString()).isEqualTo("ADMIN");
        assertThat(session.json().get("workspaces").toString())
                .contains("{\"id\":\"" + workspace + "\",\"role\":\"ADMIN\"}");
    }

    @Test
    void wrongPasswordIsAProblemWithoutSession() {
        Api.Response refused = Api.anonymous(port)
                .postJson("/api/v1/session", "{\"username\":\"admin\",\"password\":\"not-the-password\"}");

        assertThat(refused.status()).isEqualTo(401);
        assertThat(refused.contentType()).contains("application/problem+json");
        assertThat(refused.json().get("type").asString()).endsWith("/sign-in-failed");
        assertThat(refused.headers().allValues("Set-Cookie")).noneMatch(cookie -> cookie.startsWith("JSESSIONID="));
    }

    @Test
    void unknownUserGetsTheSameAnswerAsAWrongPassword() {
        Api.Response refused = Api.anonymous(port)
                .postJson("/api/v1/session", "{\"username\":\"nobody\",\"password\":\"whatever-password\"}");

        assertThat(refused.status()).isEqualTo(401);
        assertThat(refused.json().get("detail").asString()).isEqualTo("Wrong username or password.");
    }

    @Test
    void withoutSessionTheSessionIsA401ThatHandsOutTheCsrfCookie() {
        Api.Response anonymous = Api.anonymous(port).get("/api/v1/session");

        assertThat(anonymous.status()).isEqualTo(401);
        assertThat(anonymous.headers().allValues("Set-Cookie")).anyMatch(cookie -> cookie.startsWith("XSRF-TOKEN="));
    }

    @Test
    void sessionRequestWithoutCsrfTokenIsRefused() throws Exception {
        Api browser = Api.signedIn(port, Api.ADMIN, Api.ADMIN_PASSWORD);
        String sessionCookie = browser.cookie("JSESSIONID");
        var request = java.net.http.HttpRequest.newBuilder(
                        java.net.URI.create("http://localhost:" + port + "/api/v1/workspaces"))
                .header("Content-Type", "application/json")
                .header("Cookie", "JSESSIONID=" + sessionCookie)
                .POST(java.net.http.HttpRequest.BodyPublishers.ofString("{\"name\":\"Forged\"}"))
                .build();
        try (var http = java.net.http.HttpClient.newHttpClient()) {
            var response = http.send(request, java.net.http.HttpResponse.BodyHandlers.ofString());

            assertThat(response.statusCode()).isEqualTo(403);
            assertThat(response.body()).contains("csrf-token-missing");
        }
        assertThat(browser.postJson("/api/v1/workspaces", "{\"name\":\"With token\"}")
                        .status())
                .isEqualTo(201);
    }

    @Test
    void signOutEndsTheSession() {
        Api browser = Api.signedIn(port, Api.ADMIN, Api.ADMIN_PASSWORD);

        assertThat(browser.delete("/api/v1/session").status()).isEqualTo(204);

        assertThat(browser.get("/api/v1/session").status()).isEqualTo(401);
        assertThat(browser.get("/api/v1/workspaces").status()).isEqualTo(401);
    }

    @Test
    void singlePageAppAndHealthStayPublic() {
        Api anonymous = Api.anonymous(port);

        assertThat(anonymous.get("/actuator/health/readiness").status()).isEqualTo(200);
        assertThat(anonymous.get("/actuator/health").json().get("status").asString())
                .isEqualTo("UP");
        assertThat(anonymous.get("/actuator/health").json().has("components"))
                .as("disk paths, database and model state are not for anonymous callers")
                .isFalse();
        assertThat(anonymous.get("/actuator/prometheus").status()).isEqualTo(200);
        assertThat(anonymous.get("/actuator/metrics").status()).isEqualTo(401);
        assertThat(anonymous.get("/api/v1/workspaces").status()).isEqualTo(401);
    }
}
