package dev.lectern.generation.llamacpp;

import de.kherud.llama.LlamaModel;
import dev.lectern.shared.LecternProblem;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.http.HttpStatus;

/** Turns a JSON schema into the GBNF grammar that makes llama.cpp write only JSON that fits it. */
final class JsonGrammar {

    // structured tasks repeat the same few schemas; converting one costs a native call
    private static final Map<String, String> CACHE = new ConcurrentHashMap<>();

    private JsonGrammar() {}

    static String of(String schema) {
        if (CACHE.size() > 256) {
            CACHE.clear();
        }
        return CACHE.computeIfAbsent(schema, JsonGrammar::convert);
    }

    private static String convert(String schema) {
        try {
            return LlamaModel.jsonSchemaToGrammar(schema);
        } catch (RuntimeException e) {
            throw new LecternProblem(
                    HttpStatus.BAD_REQUEST,
                    "invalid-json-schema",
                    "Invalid JSON schema",
                    "The JSON schema cannot be turned into a grammar: " + e.getMessage());
        }
    }
}
