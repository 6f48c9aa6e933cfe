package dev.lectern.shared;

import static org.assertj.core.api.Assertions.assertThat;

import dev.lectern.support.Api.Response;
import dev.lectern.support.ApiTest;
import java.io.IOException;
import java.lang.reflect.Type;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.core.MethodParameter;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * The web UI's TypeScript types are generated from the committed {@code frontend/openapi.json}; this keeps that
 * file equal to what the server serves, so client and server cannot drift apart unnoticed. With
 * {@code -Dlectern.openapi.write=true} it rewrites the file instead of comparing.
 */
class OpenApiDocumentTests extends ApiTest {

    static final Path COMMITTED = Path.of("frontend", "openapi.json");

    static final String REFRESH = "./mvnw -q -Dskip.frontend -Dskip.db -Dspotless.check.skip=true test"
            + " -Dtest=OpenApiDocumentTests -Dlectern.openapi.write=true";

    @Autowired
    @Qualifier("requestMappingHandlerMapping")
    RequestMappingHandlerMapping handlers;

    private static final JsonMapper JSON =
            JsonMapper.builder().enable(SerializationFeature.INDENT_OUTPUT).build();

    @Test
    void committedDocumentMatchesTheServedOne() throws IOException {
        Response response = api.get("/v3/api-docs");
        assertThat(response.status()).isEqualTo(200);
        String served = normalised(response.json());

        if (Boolean.getBoolean("lectern.openapi.write")) {
            Files.writeString(COMMITTED, served, StandardCharsets.UTF_8);
            return;
        }
        String committed = Files.exists(COMMITTED) ? Files.readString(COMMITTED, StandardCharsets.UTF_8) : "";
        assertThat(committed)
                .as(
                        "%s is not what the server serves at /v3/api-docs; refresh it (then `npm run generate:api`"
                                + " in frontend/ and fix the type errors) with:%n  %s",
                        COMMITTED, REFRESH)
                .isEqualTo(served);
    }

    @Test
    void normalisedDocumentHasSortedKeysAndNoServerAddress() {
        ObjectNode document = JsonNodeFactory.instance.objectNode();
        document.put("openapi", "3.1.0");
        document.putArray("servers").addObject().put("url", "http://localhost:" + port);
        document.putObject("info").put("version", "v1").put("title", "Lectern API");

        String text = normalised(document);

        assertThat(text).doesNotContain("servers").doesNotContain(String.valueOf(port));
        assertThat(text.indexOf("\"title\"")).isLessThan(text.indexOf("\"version\""));
        assertThat(text.indexOf("\"info\"")).isLessThan(text.indexOf("\"openapi\""));
        assertThat(text).endsWith("}\n");
    }

    @Test
    void everySchemaNameBelongsToOneRecord() {
        List<Type> types = new ArrayList<>();
        handlers.getHandlerMethods().values().stream()
                .filter(handler -> handler.getBeanType().getPackageName().startsWith("dev.lectern"))
                .forEach(handler -> {
                    types.add(handler.getMethod().getGenericReturnType());
                    for (MethodParameter parameter : handler.getMethodParameters()) {
                        if (parameter.hasParameterAnnotation(RequestBody.class)) {
                            types.add(parameter.getGenericParameterType());
                        }
                    }
                });

        assertThat(SchemaNames.clashes(types))
                .as("springdoc names a schema after the record's simple name, so records of the same name share"
                        + " one schema and one of them is described wrongly; give one a @Schema(name = ...)")
                .isEmpty();
    }

    @Test
    void findsTwoRecordsThatWouldShareASchemaName() {
        record Page(List<String> items) {}
        record Listing(Page page, Other.Page other) {}

        assertThat(SchemaNames.clashes(List.of(Listing.class))).containsOnlyKeys("Page");
    }

    private static final class Other {
        record Page(int number) {}
    }

    /** Pretty JSON with every object's keys sorted and without the address the test server happened to run at. */
    static String normalised(JsonNode document) {
        JsonNode copy = document.deepCopy();
        if (copy instanceof ObjectNode root) {
            root.remove("servers");
        }
        return JSON.writeValueAsString(sorted(copy)) + "\n";
    }

    private static JsonNode sorted(JsonNode node) {
        if (node instanceof ObjectNode object) {
            Map<String, JsonNode> fields = new TreeMap<>();
            object.properties().forEach(field -> fields.put(field.getKey(), sorted(field.getValue())));
            ObjectNode result = JsonNodeFactory.instance.objectNode();
            fields.forEach(result::set);
            return result;
        }
        if (node instanceof ArrayNode array) {
            ArrayNode result = JsonNodeFactory.instance.arrayNode();
            array.forEach(element -> result.add(sorted(element)));
            return result;
        }
        return node;
    }
}
