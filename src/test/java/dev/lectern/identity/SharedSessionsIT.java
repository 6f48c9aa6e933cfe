package dev.lectern.identity;

import static org.assertj.core.api.Assertions.assertThat;

import dev.lectern.LecternApplication;
import dev.lectern.support.Api;
import dev.lectern.support.PostgresTestDatabase;
import dev.lectern.support.TestDataDirectory;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * Two server-mode replicas on one database, as the Helm chart runs them behind a Service that spreads requests
 * without sticky sessions: a browser that signed in on one is signed in on the other, and signing out on either
 * ends the session on both.
 */
class SharedSessionsIT {

    @Test
    void aSessionStartedOnOneReplicaIsKnownToTheOtherUntilSignedOut() throws Exception {
        PostgresTestDatabase.Coordinates db = PostgresTestDatabase.scratch("shared_sessions");
        try (ConfigurableApplicationContext first = start(db);
                ConfigurableApplicationContext second = start(db);
                HttpClient http = HttpClient.newHttpClient()) {
            Api browser = Api.signedIn(port(first), Api.ADMIN, Api.ADMIN_PASSWORD);
            String cookies =
                    "JSESSIONID=" + browser.cookie("JSESSIONID") + "; XSRF-TOKEN=" + browser.cookie("XSRF-TOKEN");

            HttpResponse<String> onSecond = http.send(
                    HttpRequest.newBuilder(URI.create("http://localhost:" + port(second) + "/api/v1/session"))
                            .header("Cookie", cookies)
                            .build(),
                    HttpResponse.BodyHandlers.ofString());
            HttpResponse<String> signOutOnSecond = http.send(
                    HttpRequest.newBuilder(URI.create("http://localhost:" + port(second) + "/api/v1/session"))
                            .header("Cookie", cookies)
                            .header("X-XSRF-TOKEN", browser.cookie("XSRF-TOKEN"))
                            .DELETE()
                            .build(),
                    HttpResponse.BodyHandlers.ofString());
            Api.Response onFirstAfterwards = browser.get("/api/v1/session");

            assertThat(onSecond.statusCode()).as(onSecond.body()).isEqualTo(200);
            assertThat(onSecond.body()).contains("\"username\":\"admin\"");
            assertThat(signOutOnSecond.statusCode()).isBetween(200, 204);
            assertThat(onFirstAfterwards.status()).as("signed out everywhere").isEqualTo(401);
        }
    }

    private static ConfigurableApplicationContext start(PostgresTestDatabase.Coordinates db) {
        List<String> arguments = Stream.of(
                        Stream.of("--server.port=0", "--lectern.data-dir=" + TestDataDirectory.create()),
                        PostgresTestDatabase.serverModeArguments(db).stream(),
                        Api.serverArguments().stream())
                .flatMap(s -> s)
                .toList();
        return new SpringApplicationBuilder(LecternApplication.class).run(arguments.toArray(String[]::new));
    }

    private static int port(ConfigurableApplicationContext context) {
        return ((WebServerApplicationContext) context).getWebServer().getPort();
    }
}
