package dev.lectern.documents;

import static org.assertj.core.api.Assertions.assertThat;

import com.sun.net.httpserver.HttpServer;
import dev.lectern.support.Api.Response;
import dev.lectern.support.ApiTest;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.test.context.TestPropertySource;

/** URL import where an administrator allowed local addresses: download, redirects and the size limit. */
@TestPropertySource(
        properties = {
            "lectern.documents.url-import.allow-private-addresses=true",
            "lectern.documents.max-upload-size=64KB"
        })
class WebPageImportAllowedTests extends ApiTest {

    HttpServer site;
    String workspace;

    @BeforeEach
    void localSite() throws IOException {
        site = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        site.createContext("/handbook.html", exchange -> {
            byte[] body = """
                    <html><head><title>Handbook</title></head><body><nav>Home | About</nav>
                    <h1>Handbook</h1><p>Our office plants are watered every Thursday by the facilities team.</p>
                    </body></html>""".getBytes(StandardCharsets.UTF_8);
            exchange.getResponseHeaders().add("Content-Type", "text/html; charset=utf-8");
            exchange.sendResponseHeaders(200, body.length);
            exchange.getResponseBody().write(body);
            exchange.close();
        });
        site.createContext("/moved", exchange -> {
            exchange.getResponseHeaders().add("Location", "/handbook.html");
            exchange.sendResponseHeaders(302, -1);
            exchange.close();
        });
        site.createContext("/huge.txt", exchange -> {
            exchange.sendResponseHeaders(200, 0); // chunked: no Content-Length to check up front
            byte[] line = "all work and no play\n".getBytes(StandardCharsets.UTF_8);
            for (int i = 0; i < 10_000; i++) {
                exchange.getResponseBody().write(line);
            }
            exchange.close();
        });
        site.start();
        workspace = api.createWorkspace("Web");
    }

    @AfterEach
    void stop() {
        site.stop(0);
    }

    @Test
    void importsAPageFollowingARedirectAndMakesItSearchable() {
        Response response = importUrl(base() + "/moved");

        assertThat(response.status()).isEqualTo(202);
        assertThat(response.json().get("name").asString()).isEqualTo("handbook.html");
        String id = response.json().get("id").asString();
        assertThat(api.awaitProcessed(id, Duration.ofSeconds(60)).get("status").asString())
                .isEqualTo("READY");
        String best = api.get("/api/v1/workspaces/" + workspace + "/search?q=watering+office+plants&k=1")
                .json()
                .get("results")
                .get(0)
                .get("text")
                .asString();
        assertThat(best).contains("watered every Thursday").doesNotContain("Home | About");
    }

    @Test
    void stopsADownloadOverTheSizeLimit() {
        Response response = importUrl(base() + "/huge.txt");

        assertThat(response.status()).isEqualTo(413);
        assertThat(response.json().get("type").asString()).endsWith("/file-too-large");
    }

    private String base() {
        return "http://127.0.0.1:" + site.getAddress().getPort();
    }

    private Response importUrl(String url) {
        return api.postJson("/api/v1/workspaces/" + workspace + "/documents/from-url", "{\"url\":\"" + url + "\"}");
    }
}
