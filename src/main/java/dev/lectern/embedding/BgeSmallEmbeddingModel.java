package dev.lectern.embedding;

import ai.djl.huggingface.tokenizers.Encoding;
import ai.djl.huggingface.tokenizers.HuggingFaceTokenizer;
import ai.onnxruntime.OnnxTensor;
import ai.onnxruntime.OrtEnvironment;
import ai.onnxruntime.OrtException;
import ai.onnxruntime.OrtSession;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.FloatBuffer;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.springframework.ai.document.Document;
import org.springframework.ai.embedding.Embedding;
import org.springframework.ai.embedding.EmbeddingModel;
import org.springframework.ai.embedding.EmbeddingRequest;
import org.springframework.ai.embedding.EmbeddingResponse;

/**
 * BAAI bge-small-en-v1.5 (int8 ONNX) as a Spring AI {@link EmbeddingModel}: CLS pooling, L2-normalised.
 *
 * <p>The model and tokenizer come from the langchain4j artifact's resources, so nothing is downloaded. Each
 * text is encoded in its own ONNX run, and the texts of a request are spread over worker threads. Padded
 * batches were tried and rejected: the model quantizes activations with one scale per run, so a text's
 * vector changed with its batch neighbours (cosine 0.997 to itself), and on two cores they were slower
 * (24 passages/s for single runs with 2 threads, 17 with batches of 16, 35 with 2 single-thread workers).
 */
class BgeSmallEmbeddingModel implements EmbeddingModel, TokenCounter, AutoCloseable {

    static final int DIMENSIONS = 384;
    private static final String MODEL_RESOURCE = "/bge-small-en-v1.5-q.onnx";
    private static final String TOKENIZER_RESOURCE = "/bge-small-en-v1.5-q-tokenizer.json";

    private final HuggingFaceTokenizer tokenizer;
    private final OrtEnvironment environment;
    private final OrtSession session;
    private final boolean needsTokenTypes;
    private final ExecutorService workers;
    private final HuggingFaceTokenizer counter;
    private final int maxTokens;

    BgeSmallEmbeddingModel(EmbeddingSettings settings) {
        try (InputStream tokenizerJson = resource(TOKENIZER_RESOURCE);
                InputStream model = resource(MODEL_RESOURCE)) {
            String maxTokens = String.valueOf(settings.maxTokens());
            this.tokenizer = HuggingFaceTokenizer.newInstance(
                    tokenizerJson,
                    Map.of(
                            "padding",
                            "false",
                            "truncation",
                            "true",
                            "maxLength",
                            maxTokens,
                            "modelMaxLength",
                            maxTokens));
            this.maxTokens = settings.maxTokens();
            // a second tokenizer that neither truncates nor adds special tokens, for counting
            try (InputStream counterJson = resource(TOKENIZER_RESOURCE)) {
                this.counter = HuggingFaceTokenizer.newInstance(
                        counterJson, Map.of("addSpecialTokens", "false", "truncation", "false", "padding", "false"));
            }
            this.environment = OrtEnvironment.getEnvironment();
            OrtSession.SessionOptions options = new OrtSession.SessionOptions();
            options.setIntraOpNumThreads(1); // parallelism comes from the workers, one run per core
            this.session = environment.createSession(model.readAllBytes(), options);
            this.needsTokenTypes = session.getInputNames().contains("token_type_ids");
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read the bundled bge-small-en-v1.5 model", e);
        } catch (OrtException e) {
            throw new IllegalStateException("Cannot load the bundled bge-small-en-v1.5 model", e);
        }
        this.workers = Executors.newFixedThreadPool(
                settings.workers(),
                Thread.ofPlatform().name("embedding-", 0).daemon().factory());
    }

    @Override
    public EmbeddingResponse call(EmbeddingRequest request) {
        List<String> texts = request.getInstructions();
        if (texts.size() == 1) {
            return new EmbeddingResponse(List.of(new Embedding(encode(texts.getFirst()), 0)));
        }
        List<Future<float[]>> vectors = new ArrayList<>(texts.size());
        for (String text : texts) {
            vectors.add(workers.submit(() -> encode(text)));
        }
        List<Embedding> embeddings = new ArrayList<>(texts.size());
        try {
            for (int i = 0; i < vectors.size(); i++) {
                embeddings.add(new Embedding(await(vectors.get(i)), i));
            }
        } catch (RuntimeException e) {
            vectors.forEach(vector -> vector.cancel(false)); // the caller gave up: free the workers for others
            throw e;
        }
        return new EmbeddingResponse(embeddings);
    }

    @Override
    public float[] embed(Document document) {
        return embed(document.getText());
    }

    @Override
    public int dimensions() {
        return DIMENSIONS;
    }

    @Override
    public int countTokens(String text) {
        return counter.encode(text).getIds().length;
    }

    @Override
    public int maxTokens() {
        return maxTokens - 2; // room for [CLS] and [SEP]
    }

    private float[] encode(String text) {
        Encoding encoding = tokenizer.encode(text);
        long[][] ids = {encoding.getIds()};
        long[][] mask = {encoding.getAttentionMask()};
        long[][] types = {encoding.getTypeIds()};
        try (OnnxTensor idTensor = OnnxTensor.createTensor(environment, ids);
                OnnxTensor maskTensor = OnnxTensor.createTensor(environment, mask);
                OnnxTensor typeTensor = OnnxTensor.createTensor(environment, types)) {
            Map<String, OnnxTensor> inputs = needsTokenTypes
                    ? Map.of("input_ids", idTensor, "attention_mask", maskTensor, "token_type_ids", typeTensor)
                    : Map.of("input_ids", idTensor, "attention_mask", maskTensor);
            try (OrtSession.Result result = session.run(inputs)) {
                // BGE takes the [CLS] token's state, the first DIMENSIONS values; reading the whole output as
                // Java arrays would allocate one array per token for nothing
                FloatBuffer hidden = ((OnnxTensor) result.get(0)).getFloatBuffer();
                float[] cls = new float[DIMENSIONS];
                hidden.get(cls);
                return normalized(cls);
            }
        } catch (OrtException e) {
            throw new IllegalStateException("Embedding failed", e);
        }
    }

    private static float[] await(Future<float[]> vector) {
        try {
            return vector.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while embedding", e);
        } catch (ExecutionException e) {
            throw e.getCause() instanceof RuntimeException runtime
                    ? runtime
                    : new IllegalStateException("Embedding failed", e.getCause());
        }
    }

    private static float[] normalized(float[] vector) {
        double sum = 0;
        for (float v : vector) {
            sum += v * v;
        }
        float norm = (float) Math.sqrt(sum);
        float[] out = new float[vector.length];
        for (int i = 0; i < vector.length; i++) {
            out[i] = vector[i] / norm;
        }
        return out;
    }

    private static InputStream resource(String name) throws IOException {
        InputStream in = BgeSmallEmbeddingModel.class.getResourceAsStream(name);
        if (in == null) {
            throw new IOException("Resource " + name + " is missing from the classpath");
        }
        return in;
    }

    @Override
    public void close() throws OrtException {
        workers.shutdownNow();
        session.close();
        tokenizer.close();
        counter.close();
    }
}
