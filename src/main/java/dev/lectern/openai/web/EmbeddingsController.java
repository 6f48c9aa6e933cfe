package dev.lectern.openai.web;

import com.fasterxml.jackson.annotation.JsonProperty;
import dev.lectern.embedding.TokenCounter;
import dev.lectern.openai.OpenAiSettings;
import dev.lectern.shared.RequestMeter;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import org.springframework.ai.embedding.EmbeddingModel;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;
import tools.jackson.databind.JsonNode;

/** POST /v1/embeddings with the in-process bge-small-en-v1.5 (384 dimensions, L2-normalised). */
@RestController
@Tag(name = "OpenAI-compatible", description = "For existing OpenAI clients: base URL /v1")
class EmbeddingsController {

    private final EmbeddingModel embeddings;
    private final TokenCounter tokens;
    private final OpenAiModels models;
    private final OpenAiSettings settings;

    EmbeddingsController(EmbeddingModel embeddings, TokenCounter tokens, OpenAiModels models, OpenAiSettings settings) {
        this.embeddings = embeddings;
        this.tokens = tokens;
        this.models = models;
        this.settings = settings;
    }

    record EmbeddingsRequest(
            String model,
            JsonNode input,
            @JsonProperty("encoding_format") String encodingFormat,
            Integer dimensions) {}

    /** {@code embedding} is a list of floats, or base64 of little-endian float32 when asked for (as OpenAI does). */
    record Embedding(String object, int index, Object embedding) {}

    record Usage(
            @JsonProperty("prompt_tokens") int promptTokens,
            @JsonProperty("total_tokens") int totalTokens) {}

    record EmbeddingList(String object, List<Embedding> data, String model, Usage usage) {}

    @Operation(summary = "Embeddings with lectern-embed (bge-small-en-v1.5, 384 dimensions)")
    @PostMapping("/v1/embeddings")
    EmbeddingList embed(@RequestBody EmbeddingsRequest body) {
        models.requireEmbeddingModel(body.model());
        List<String> texts = texts(body.input());
        boolean base64 = format(body.encodingFormat());
        if (body.dimensions() != null && body.dimensions() != embeddings.dimensions()) {
            throw OpenAiErrors.invalid("'dimensions' must be %d for %s: its vectors cannot be shortened."
                    .formatted(embeddings.dimensions(), body.model()));
        }
        List<float[]> vectors = embeddings.embed(texts);
        List<Embedding> data = new ArrayList<>(vectors.size());
        int counted = 0;
        for (int i = 0; i < vectors.size(); i++) {
            data.add(new Embedding("embedding", i, base64 ? base64(vectors.get(i)) : vectors.get(i)));
            // what the model read: the text up to its window, plus [CLS] and [SEP]
            counted += Math.min(tokens.countTokens(texts.get(i)), tokens.maxTokens()) + 2;
        }
        RequestMeter.current().addTokens(counted, 0); // the usage report shows what the client was told
        return new EmbeddingList("list", data, body.model(), new Usage(counted, counted));
    }

    private List<String> texts(JsonNode input) {
        List<String> texts = new ArrayList<>();
        if (input != null && input.isString()) {
            texts.add(input.asString());
        } else if (input != null && input.isArray()) {
            for (JsonNode item : input) {
                if (!item.isString()) {
                    throw OpenAiErrors.invalid(
                            "'input' must be a string or a list of strings; token arrays are not" + " supported.");
                }
                texts.add(item.asString());
            }
        } else {
            throw OpenAiErrors.invalid("'input' must be a string or a list of strings.");
        }
        if (texts.isEmpty() || texts.stream().anyMatch(String::isEmpty)) {
            throw OpenAiErrors.invalid("'input' must hold at least one text, and no empty text.");
        }
        if (texts.size() > settings.maxEmbeddingInputs()) {
            throw OpenAiErrors.invalid("'input' may hold at most %d texts (lectern.openai.max-embedding-inputs)."
                    .formatted(settings.maxEmbeddingInputs()));
        }
        return texts;
    }

    private static boolean format(String encodingFormat) {
        if (encodingFormat == null || encodingFormat.equals("float")) {
            return false;
        }
        if (encodingFormat.equals("base64")) {
            return true;
        }
        throw OpenAiErrors.invalid("'encoding_format' must be float or base64.");
    }

    private static String base64(float[] vector) {
        ByteBuffer bytes = ByteBuffer.allocate(vector.length * Float.BYTES).order(ByteOrder.LITTLE_ENDIAN);
        for (float value : vector) {
            bytes.putFloat(value);
        }
        return Base64.getEncoder().encodeToString(bytes.array());
    }
}
