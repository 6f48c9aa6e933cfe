package dev.lectern.shared;

import io.swagger.v3.core.converter.AnnotatedType;
import io.swagger.v3.core.converter.ModelConverter;
import io.swagger.v3.core.converter.ModelConverterContext;
import io.swagger.v3.core.util.Json;
import io.swagger.v3.oas.models.media.Schema;
import java.lang.reflect.RecordComponent;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * Declares the record components marked {@link Nullable} as nullable in the OpenAPI document (springdoc reads
 * JSpecify only for Kotlin), so that a generated client types them {@code T | null} and every other field as
 * always set.
 */
final class NullableComponents implements ModelConverter {

    private static final String PREFIX = "#/components/schemas/";

    @Override
    public Schema<?> resolve(AnnotatedType type, ModelConverterContext context, Iterator<ModelConverter> chain) {
        Schema<?> resolved = chain.hasNext() ? chain.next().resolve(type, context, chain) : null;
        if (resolved == null || type.getType() == null) {
            return resolved;
        }
        Class<?> raw = Json.mapper().constructType(type.getType()).getRawClass();
        if (!raw.isRecord()) {
            return resolved;
        }
        Schema<?> model = resolved.get$ref() != null && resolved.get$ref().startsWith(PREFIX)
                ? context.getDefinedModels().get(resolved.get$ref().substring(PREFIX.length()))
                : resolved;
        if (model == null || model.getProperties() == null) {
            return resolved;
        }
        Map<String, Schema> properties = model.getProperties();
        for (RecordComponent component : raw.getRecordComponents()) {
            Schema<?> property = properties.get(component.getName());
            if (property != null && nullable(component)) {
                properties.put(component.getName(), orNull(property));
            }
        }
        return resolved;
    }

    private static boolean nullable(RecordComponent component) {
        return component.getAnnotatedType().isAnnotationPresent(Nullable.class)
                || component.isAnnotationPresent(Nullable.class);
    }

    /** OpenAPI 3.1: a type list with "null", or a reference combined with the null type. */
    private static Schema<?> orNull(Schema<?> property) {
        if (property.get$ref() != null) {
            Schema<?> none = new Schema<>().specVersion(property.getSpecVersion());
            none.addType("null");
            return new Schema<>()
                    .specVersion(property.getSpecVersion())
                    .anyOf(List.of(new Schema<>().$ref(property.get$ref()), none));
        }
        if (property.getTypes() != null) {
            property.addType("null");
        } else if (property.getType() != null) {
            property.addType(property.getType());
            property.addType("null");
        }
        return property;
    }
}
