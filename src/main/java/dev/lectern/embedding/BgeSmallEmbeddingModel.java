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
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.springframework.ai.document.Document;
import org.springframework.ai.embedding.Embedding;
import org.springframework.ai.embedding.EmbeddingModel;
import org.springframework.ai.embedding.EmbeddingRequest;
import org.springframework.ai.embedding.EmbeddingResponse;

/**
 * BAAI bge-small-en-v1.5 (int8 ONNX) as a Spring AI {@link EmbeddingModel}: CLS pooling, L2-normalised.
 *
 * <p>The model and tokenizer come from the langchain4j artifact's resources, so nothing is downloaded. The
 * encoder is our own because langchain4j encodes one text per ONNX run; here a batch is padded and encoded
 * in one run.
 */
class BgeSmallEmbeddingModel implements EmbeddingModel, AutoCloseable {

    static final int DIMENSIONS = 384;
    private static final String MODEL_RESOURCE = "/bge-small-en-v1.5-q.onnx";
    private static final String TOKENIZER_RESOURCE = "/bge-small-en-v1.5-q-tokenizer.json";

    private final EmbeddingSettings settings;
    private final HuggingFaceTokenizer tokenizer;
    private final OrtEnvironment environment;
    private final OrtSession session;
    private final boolean needsTokenTypes;

    BgeSmallEmbeddingModel(EmbeddingSettings settings) {
        this.settings = settings;
        try (InputStream tokenizerJson = resource(TOKENIZER_RESOURCE);
                InputStream model = resource(MODEL_RESOURCE)) {
            this.tokenizer = HuggingFaceTokenizer.newInstance(
                    tokenizerJson,
                    Map.of(
                            "padding",
                            "true",
                            "truncation",
                            "true",
                            "maxLength",
                            String.valueOf(settings.maxTokens()),
                            "modelMaxLength",
                            String.valueOf(settings.maxTokens())));
            this.environment = OrtEnvironment.getEnvironment();
            OrtSession.SessionOptions options = new OrtSession.SessionOptions();
            options.setIntraOpNumThreads(settings.threads());
            this.session = environment.createSession(model.readAllBytes(), options);
            this.needsTokenTypes = session.getInputNames().contains("token_type_ids");
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read the bundled bge-small-en-v1.5 model", e);
        } catch (OrtException e) {
            throw new IllegalStateException("Cannot load the bundled bge-small-en-v1.5 model", e);
        }
    }

    @Override
    public EmbeddingResponse call(EmbeddingRequest request) {
        List<String> texts = request.getInstructions();
        List<Embedding> embeddings = new ArrayList<>(texts.size());
        for (int start = 0; start < texts.size(); start += settings.batchSize()) {
            List<String> batch = texts.subList(start, Math.min(texts.size(), start + settings.batchSize()));
            List<float[]> vectors = encode(batch);
            for (int i = 0; i < vectors.size(); i++) {
                embeddings.add(new Embedding(vectors.get(i), start + i));
            }
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

    private List<float[]> encode(List<String> texts) {
        Encoding[] encodings = tokenizer.batchEncode(texts);
        int rows = encodings.length;
        long[][] ids = new long[rows][];
        long[][] mask = new long[rows][];
        long[][] types = new long[rows][];
        for (int i = 0; i < rows; i++) {
            ids[i] = encodings[i].getIds();
            mask[i] = encodings[i].getAttentionMask();
            types[i] = encodings[i].getTypeIds();
        }
        try (OnnxTensor idTensor = OnnxTensor.createTensor(environment, ids);
                OnnxTensor maskTensor = OnnxTensor.createTensor(environment, mask);
                OnnxTensor typeTensor = OnnxTensor.createTensor(environment, types)) {
            Map<String, OnnxTensor> inputs = needsTokenTypes
                    ? Map.of("input_ids", idTensor, "attention_mask", maskTensor, "token_type_ids", typeTensor)
                    : Map.of("input_ids", idTensor, "attention_mask", maskTensor);
            try (OrtSession.Result result = session.run(inputs)) {
                float[][][] hidden = (float[][][]) result.get(0).getValue();
                List<float[]> vectors = new ArrayList<>(rows);
                for (int i = 0; i < rows; i++) {
                    vectors.add(normalized(hidden[i][0])); // BGE takes the [CLS] token's state
                }
                return vectors;
            }
        } catch (OrtException e) {
            throw new IllegalStateException("Embedding failed", e);
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
        session.close();
        tokenizer.close();
    }
}
