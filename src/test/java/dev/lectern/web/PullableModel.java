package dev.lectern.web;

import dev.lectern.generation.gguf.GgufWriter;
import dev.lectern.generation.gguf.ModelShape;
import dev.lectern.generation.models.ModelServer;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.util.HexFormat;
import org.springframework.core.io.ClassPathResource;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * A model the browser can pull: a small GGUF file written here, served slowly by a local HTTP server (so the
 * progress bar is seen moving), and a catalog file that is the shipped catalog plus this model, so that the
 * other journeys see the same models as before and one more.
 */
final class PullableModel implements AutoCloseable {

    static final String ID = "e2e-pull-test";
    // a few MB: the tiny test Llama, wider, with F32 weights
    private static final ModelShape SHAPE = new ModelShape("e2e-pull", "llama", 512, 256, 2, 4, 2, 128, 2048);
    private static final Duration SERVED_IN = Duration.ofSeconds(6);

    private final ModelServer server;
    private final Path catalog;

    PullableModel(Path dir) throws IOException {
        Path file = GgufWriter.write(dir.resolve("served.gguf"), SHAPE, GgufWriter.Type.F32, null);
        byte[] content = Files.readAllBytes(file);
        server = new ModelServer(content);
        server.spreadOver(SERVED_IN);
        catalog = dir.resolve("catalog.json");
        writeCatalog(content);
    }

    /** For {@code lectern.generation.catalog}. */
    String catalogLocation() {
        return catalog.toUri().toString();
    }

    private void writeCatalog(byte[] content) throws IOException {
        JsonMapper json = JsonMapper.builder().build();
        ObjectNode shipped;
        try (InputStream in = new ClassPathResource("generation/catalog.json").getInputStream()) {
            shipped = (ObjectNode) json.readTree(in);
        }
        ObjectNode model = ((ArrayNode) shipped.get("models")).addObject();
        model.put("id", ID)
                .put("name", "E2E pull test model")
                .put("family", "llama")
                .put("parameters", "1M")
                .put("quantization", "F32")
                .put("url", server.url("/model.gguf").toString())
                .put("sha256", sha256(content))
                .put("sizeBytes", content.length)
                .put("approximateSizeMb", (content.length + (1 << 20) - 1) >> 20)
                .put("verified", true)
                .put("licence", "Apache-2.0")
                .put("contextLength", SHAPE.contextLength())
                .put("description", "Random weights, served by the browser test itself.");
        model.putArray("tasks");
        Files.writeString(catalog, json.writerWithDefaultPrettyPrinter().writeValueAsString(shipped));
    }

    private static String sha256(byte[] content) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    @Override
    public void close() {
        server.close();
    }
}
