package dev.lectern.documents;

import static org.assertj.core.api.Assertions.assertThat;

import com.sun.net.httpserver.HttpServer;
import dev.lectern.support.Api.Response;
import dev.lectern.support.ApiTest;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** URL import with the default policy: no loopback or private addresses, only http and https. */
class WebPageImportTests extends ApiTest {

    HttpServer site;
    String workspace;

    @BeforeEach
    void localSite() throws IOException {
        site = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        site.createContext("/page.html", exchange -> {
            byte[] body = "<html><body><h1>Hi</h1><p>Local page.</p></body></html>".getBytes(StandardCharsets.UTF_8);
            exchange.sendResponseHeaders(200, body.length);
            exchange.getResponseBody().write(body);
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
    void refusesLoopbackAddressesByDefault() {
        Response response = importUrl("http://127.0.0.1:" + site.getAddress().getPort() + "/page.html");

        assertThat(response.status()).isEqualTo(403);
        assertThat(response.json().get("type").asString()).endsWith("/url-not-allowed");
        assertThat(response.json().get("detail").asString()).contains("allow-private-addresses");
    }

    @Test
    void refusesOtherSchemes() {
        assertThat(importUrl("file:///etc/passwd").status()).isEqualTo(400);
        assertThat(importUrl("ftp://example.org/file.pdf").status()).isEqualTo(400);
        assertThat(importUrl("not a url").status()).isEqualTo(400);
    }

    @Test
    void knowsPrivateAddressRanges() throws IOException {
        for (String address :
                new String[] {"10.1.2.3", "172.16.0.1", "192.168.1.1", "169.254.169.254", "100.64.0.1", "::1", "fd00::1"
                }) {
            assertThat(WebPageImport.isPrivate(InetAddress.getByName(address)))
                    .as(address)
                    .isTrue();
        }
        assertThat(WebPageImport.isPrivate(InetAddress.getByName("93.184.216.34")))
                .isFalse();
    }

    private Response importUrl(String url) {
        return api.postJson("/api/v1/workspaces/" + workspace + "/documents/from-url", "{\"url\":\"" + url + "\"}");
    }
}
