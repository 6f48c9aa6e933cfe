package dev.lectern.generation;

import static org.assertj.core.api.Assertions.assertThat;

import dev.lectern.generation.gguf.GgufWriter;
import dev.lectern.generation.gguf.ModelShape;
import dev.lectern.support.Api.Response;
import dev.lectern.support.ApiTest;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.TestPropertySource;
import tools.jackson.databind.JsonNode;

/** The model manager over HTTP: catalog, register a local GGUF, activate it, the switching rule, delete. */
@TestPropertySource(properties = "lectern.generation.context-size=256")
class ModelsApiIT extends ApiTest {

    @Autowired
    TextGenerator generator;

    @Test
    void managesModelsFromCatalogToActivationAndDeletion() throws Exception {
        Path dir = Files.createDirectories(Path.of("target/models-api-it"));
        Path first = GgufWriter.write(dir.resolve("first.gguf"), ModelShape.TINY_LLAMA, GgufWriter.Type.Q8_0, null);
        Path second = GgufWriter.write(dir.resolve("second.gguf"), ModelShape.TINY_LLAMA, GgufWriter.Type.Q4_0, null);
        Path html = Files.writeString(dir.resolve("page.gguf"), "<html>Sign in</html>".repeat(50));

        JsonNode catalog = api.get("/api/v1/admin/models").json();
        assertThat(catalog.get("defaultModel").asString()).isEqualTo("qwen2.5-1.5b-instruct-q4_k_m");
        assertThat(catalog.get("models").size()).isEqualTo(6);
        assertThat(catalog.get("models").get(0).get("catalog").get("verified").asBoolean())
                .isFalse();
        assertThat(api.postJson("/api/v1/admin/models/no-such-model/pull", "{}").status())
                .isEqualTo(404);
        assertThat(api.postJson("/api/v1/admin/models/qwen2.5-0.5b-instruct-q4_k_m/activate", "{}")
                        .status())
                .isEqualTo(409);

        Response refused = register("page", html);
        assertThat(refused.status()).isEqualTo(422);
        assertThat(refused.json().get("detail").asString()).contains("not a GGUF");
        assertThat(register("first", first).status()).isEqualTo(201);
        assertThat(register("second", second).status()).isEqualTo(201);

        Response activated = api.postJson("/api/v1/admin/models/first/activate", "{}");
        assertThat(activated.status()).isEqualTo(202);
        assertThat(activated.json().get("restartRequired").asBoolean()).isFalse();
        ModelReadiness.await(generator, Duration.ofSeconds(60));
        assertThat(api.postJson("/api/v1/generate", "{\"prompt\":\"w1 w2\",\"maxTokens\":3}")
                        .status())
                .isEqualTo(200);
        assertThat(api.get("/api/v1/admin/models/first").json().get("serving").asBoolean())
                .isTrue();

        Response switched = api.postJson("/api/v1/admin/models/second/activate", "{}");
        assertThat(switched.json().get("restartRequired").asBoolean()).isTrue();
        assertThat(switched.json().get("detail").asString()).contains("restart");
        assertThat(api.get("/api/v1/admin/models/second").json().get("active").asBoolean())
                .isTrue();

        assertThat(api.delete("/api/v1/admin/models/first").status()).isEqualTo(409);
        assertThat(api.delete("/api/v1/admin/models/second").status()).isEqualTo(204);
        assertThat(api.get("/api/v1/admin/models/second").status()).isEqualTo(404);
        assertThat(second).exists(); // a registered file is the operator's, not ours to delete
    }

    private Response register(String id, Path file) {
        return api.postJson(
                "/api/v1/admin/models/register",
                "{\"id\":\"%s\",\"path\":\"%s\"}".formatted(id, file.toAbsolutePath()));
    }
}
