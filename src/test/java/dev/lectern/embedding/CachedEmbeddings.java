package dev.lectern.embedding;

import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.springframework.ai.document.Document;
import org.springframework.ai.embedding.Embedding;
import org.springframework.ai.embedding.EmbeddingModel;
import org.springframework.ai.embedding.EmbeddingRequest;
import org.springframework.ai.embedding.EmbeddingResponse;

/**
 * The bundled bge-small model behind a file cache, for benchmarks that run the same texts many times: embedding
 * SciFact takes minutes on two cores, searching it seconds. The model is loaded only when a text is missing.
 */
public final class CachedEmbeddings implements EmbeddingModel, AutoCloseable {

    private final Path file;
    private final Map<String, float[]> vectors = new HashMap<>();
    private BgeSmallEmbeddingModel model;
    private boolean changed;

    private CachedEmbeddings(Path file) {
        this.file = file;
    }

    public static CachedEmbeddings open(Path file) throws IOException {
        CachedEmbeddings cache = new CachedEmbeddings(file);
        if (Files.exists(file)) {
            try (var in = new DataInputStream(new BufferedInputStream(Files.newInputStream(file)))) {
                int count = in.readInt();
                for (int i = 0; i < count; i++) {
                    byte[] text = in.readNBytes(in.readInt());
                    float[] vector = new float[in.readInt()];
                    for (int d = 0; d < vector.length; d++) {
                        vector[d] = in.readFloat();
                    }
                    cache.vectors.put(new String(text, StandardCharsets.UTF_8), vector);
                }
            }
        }
        return cache;
    }

    @Override
    public EmbeddingResponse call(EmbeddingRequest request) {
        List<String> texts = request.getInstructions();
        List<String> missing = texts.stream()
                .filter(text -> !vectors.containsKey(text))
                .distinct()
                .toList();
        if (!missing.isEmpty()) {
            List<float[]> computed = model().embed(missing);
            for (int i = 0; i < missing.size(); i++) {
                vectors.put(missing.get(i), computed.get(i));
            }
            changed = true;
        }
        List<Embedding> embeddings = new ArrayList<>(texts.size());
        for (int i = 0; i < texts.size(); i++) {
            embeddings.add(new Embedding(vectors.get(texts.get(i)), i));
        }
        return new EmbeddingResponse(embeddings);
    }

    /** The model itself, uncached, to time what a query costs before it reaches the index. */
    public EmbeddingModel model() {
        if (model == null) {
            Path cacheDir = Path.of("target/djl-cache");
            System.setProperty("DJL_CACHE_DIR", cacheDir.toAbsolutePath().toString());
            System.setProperty("ENGINE_CACHE_DIR", cacheDir.toAbsolutePath().toString());
            System.setProperty("ai.djl.offline", "true");
            model = new BgeSmallEmbeddingModel(new EmbeddingSettings(2, 512, cacheDir));
        }
        return model;
    }

    @Override
    public float[] embed(Document document) {
        return embed(document.getText());
    }

    @Override
    public int dimensions() {
        return BgeSmallEmbeddingModel.DIMENSIONS;
    }

    public void save() throws IOException {
        if (!changed) {
            return;
        }
        Files.createDirectories(file.toAbsolutePath().getParent());
        try (var out = new DataOutputStream(new BufferedOutputStream(Files.newOutputStream(file)))) {
            out.writeInt(vectors.size());
            for (var entry : vectors.entrySet()) {
                byte[] text = entry.getKey().getBytes(StandardCharsets.UTF_8);
                out.writeInt(text.length);
                out.write(text);
                out.writeInt(entry.getValue().length);
                for (float v : entry.getValue()) {
                    out.writeFloat(v);
                }
            }
        }
        changed = false;
    }

    @Override
    public void close() throws Exception {
        save();
        if (model != null) {
            model.close();
        }
    }
}
