package dev.lectern.shared;

import io.swagger.v3.oas.annotations.media.Schema;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.lang.reflect.WildcardType;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * Finds records that springdoc would give the same schema name (their simple name, or {@code @Schema(name)}):
 * they would share one schema in the OpenAPI document, and one of them would be described wrongly.
 */
final class SchemaNames {

    private SchemaNames() {}

    /** Schema names that more than one record reachable from the given types would get. */
    static Map<String, Set<String>> clashes(List<Type> roots) {
        Map<String, Set<String>> owners = new TreeMap<>();
        Set<Class<?>> seen = new HashSet<>();
        Deque<Type> pending = new ArrayDeque<>(roots);
        while (!pending.isEmpty()) {
            Type type = pending.pop();
            if (type instanceof ParameterizedType parameterized) {
                pending.add(parameterized.getRawType());
                pending.addAll(List.of(parameterized.getActualTypeArguments()));
            } else if (type instanceof WildcardType wildcard) {
                pending.addAll(List.of(wildcard.getUpperBounds()));
            } else if (type instanceof Class<?> array && array.isArray()) {
                pending.add(array.getComponentType());
            } else if (type instanceof Class<?> record && record.isRecord() && seen.add(record)) {
                // a generic record is named with its type arguments (PageViewDocumentView), so it does not clash
                if (record.getTypeParameters().length == 0) {
                    owners.computeIfAbsent(schemaName(record), name -> new TreeSet<>())
                            .add(record.getName());
                }
                for (RecordComponent component : record.getRecordComponents()) {
                    pending.add(component.getGenericType());
                }
            }
        }
        owners.values().removeIf(classes -> classes.size() < 2);
        return owners;
    }

    private static String schemaName(Class<?> record) {
        Schema schema = record.getAnnotation(Schema.class);
        return schema != null && !schema.name().isEmpty() ? schema.name() : record.getSimpleName();
    }
}
