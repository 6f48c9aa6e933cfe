package dev.lectern.openai;

import static org.assertj.core.api.Assertions.assertThat;

import dev.lectern.support.Api.Response;
import dev.lectern.support.ApiTest;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.util.Base64;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/** POST /v1/embeddings with the bundled bge-small-en-v1.5, which needs no language model. */
class OpenAiEmbeddingsApiTests extends ApiTest {

    @Test
    void embedsOneTextAsA384DimensionalUnitVectorAndCountsItsTokens() {
        Response response = embed("{\"model\":\"lectern-embed\",\"input\":\"Refunds are paid within 14 days.\"}");

        assertThat(response.status()).as(response.body()).isEqualTo(200);
        JsonNode body = response.json();
        assertThat(body.get("object").asString()).isEqualTo("list");
        assertThat(body.get("model").asString()).isEqualTo("lectern-embed");
        JsonNode vector = body.get("data").get(0).get("embedding");
        assertThat(vector).hasSize(384);
        double norm = Math.sqrt(vector.valueStream()
                .mapToDouble(v -> v.asDouble() * v.asDouble())
                .sum());
        assertThat(norm).isCloseTo(1.0, org.assertj.core.data.Offset.offset(1e-3));
        // eight word pieces plus [CLS] and [SEP]
        assertThat(body.get("usage").get("prompt_tokens").asInt()).isBetween(8, 14);
        assertThat(body.get("usage").get("total_tokens").asInt())
                .isEqualTo(body.get("usage").get("prompt_tokens").asInt());
    }

    @Test
    void embedsAListInOrderAndBase64CarriesTheSameFloats() {
        JsonNode floats = embed("{\"model\":\"lectern-embed\",\"input\":[\"red apples\",\"tax law\"]}")
                .json();
        JsonNode encoded = embed("""
                {"model":"lectern-embed","input":["red apples","tax law"],"encoding_format":"base64"}""").json();

        assertThat(floats.get("data")).hasSize(2);
        assertThat(floats.get("data").get(1).get("index").asInt()).isEqualTo(1);
        float[] decoded = decode(encoded.get("data").get(1).get("embedding").asString());
        assertThat(decoded).hasSize(384);
        for (int i = 0; i < decoded.length; i++) {
            assertThat(decoded[i])
                    .isEqualTo(floats.get("data").get(1).get("embedding").get(i).floatValue());
        }
        assertThat(cosine(floats, 0, 1)).isLessThan(0.95);
    }

    @Test
    void refusesUnknownModelWrongDimensionsAndEmptyInput() {
        Response unknown = embed("{\"model\":\"text-embedding-3-small\",\"input\":\"hi\"}");
        Response dimensions = embed("{\"model\":\"lectern-embed\",\"input\":\"hi\",\"dimensions\":256}");
        Response empty = embed("{\"model\":\"lectern-embed\",\"input\":[]}");
        Response tokens = embed("{\"model\":\"lectern-embed\",\"input\":[[1,2,3]]}");

        assertThat(unknown.status()).isEqualTo(404);
        assertThat(unknown.json().get("error").get("code").asString()).isEqualTo("model_not_found");
        assertThat(dimensions.status()).isEqualTo(400);
        assertThat(dimensions.json().get("error").get("message").asString()).contains("384");
        assertThat(empty.status()).isEqualTo(400);
        assertThat(tokens.status()).isEqualTo(400);
        assertThat(tokens.json().get("error").get("type").asString()).isEqualTo("invalid_request_error");
    }

    private Response embed(String body) {
        return api.postJson("/v1/embeddings", body);
    }

    private static float[] decode(String base64) {
        ByteBuffer bytes = ByteBuffer.wrap(Base64.getDecoder().decode(base64)).order(ByteOrder.LITTLE_ENDIAN);
        float[] vector = new float[bytes.remaining() / Float.BYTES];
        bytes.asFloatBuffer().get(vector);
        return vector;
    }

    private static double cosine(JsonNode list, int a, int b) {
        JsonNode x = list.get("data").get(a).get("embedding");
        JsonNode y = list.get("data").get(b).get("embedding");
        double dot = 0;
        for (int i = 0; i < x.size(); i++) {
            dot += x.get(i).asDouble() * y.get(i).asDouble();
        }
        return dot;
    }
}
