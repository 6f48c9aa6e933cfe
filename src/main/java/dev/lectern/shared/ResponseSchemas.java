package dev.lectern.shared;

import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.PathItem;
import io.swagger.v3.oas.models.media.MediaType;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.oas.models.responses.ApiResponse;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Stream;
import org.springdoc.core.customizers.OpenApiCustomizer;

/**
 * Marks every property of a schema that a response uses as required. The server writes each record component,
 * null or not (no NON_NULL inclusion), so a client can rely on the key being there; without this, generated
 * clients would see every field as optional. Schemas only requests use keep their optional fields.
 */
final class ResponseSchemas implements OpenApiCustomizer {

    private static final String PREFIX = "#/components/schemas/";

    @Override
    public void customise(OpenAPI openApi) {
        if (openApi.getComponents() == null || openApi.getComponents().getSchemas() == null) {
            return;
        }
        Map<String, Schema> components = openApi.getComponents().getSchemas();
        for (String name : reachableFromResponses(openApi, components)) {
            Schema<?> schema = components.get(name);
            if (schema != null && schema.getProperties() != null) {
                schema.setRequired(new ArrayList<>(schema.getProperties().keySet()));
            }
        }
    }

    private static Set<String> reachableFromResponses(OpenAPI openApi, Map<String, Schema> components) {
        Deque<Schema<?>> pending = new ArrayDeque<>();
        if (openApi.getPaths() != null) {
            for (PathItem path : openApi.getPaths().values()) {
                for (Operation operation : path.readOperations()) {
                    if (operation.getResponses() == null) {
                        continue;
                    }
                    for (ApiResponse response : operation.getResponses().values()) {
                        if (response.getContent() != null) {
                            response.getContent().values().stream()
                                    .map(MediaType::getSchema)
                                    .filter(Objects::nonNull)
                                    .forEach(pending::add);
                        }
                    }
                }
            }
        }
        Set<String> names = new LinkedHashSet<>();
        while (!pending.isEmpty()) {
            Schema<?> schema = pending.pop();
            if (schema.get$ref() != null && schema.get$ref().startsWith(PREFIX)) {
                String name = schema.get$ref().substring(PREFIX.length());
                if (names.add(name) && components.get(name) != null) {
                    pending.add(components.get(name));
                }
            }
            children(schema).forEach(pending::add);
        }
        return names;
    }

    private static Stream<Schema<?>> children(Schema<?> schema) {
        List<Schema<?>> children = new ArrayList<>();
        if (schema.getProperties() != null) {
            schema.getProperties().values().forEach(children::add);
        }
        if (schema.getItems() != null) {
            children.add(schema.getItems());
        }
        if (schema.getAdditionalProperties() instanceof Schema<?> values) {
            children.add(values);
        }
        Stream.of(schema.getAllOf(), schema.getOneOf(), schema.getAnyOf())
                .filter(Objects::nonNull)
                .flatMap(List::stream)
                .forEach(child -> children.add(child));
        return children.stream();
    }
}
