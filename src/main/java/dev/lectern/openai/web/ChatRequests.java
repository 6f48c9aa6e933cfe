package dev.lectern.openai.web;

import dev.lectern.generation.ChatTurn;
import dev.lectern.generation.GenerationOptions;
import java.util.ArrayList;
import java.util.List;
import tools.jackson.databind.JsonNode;

/** Reads an OpenAI chat request into Lectern's terms, with 400s that name OpenAI's parameters. */
final class ChatRequests {

    private ChatRequests() {}

    static List<ChatTurn> turns(ChatCompletionRequest request) {
        if (request.messages() == null || request.messages().isEmpty()) {
            throw OpenAiErrors.invalid("'messages' must hold at least one message.");
        }
        if (request.n() != null && request.n() != 1) {
            throw OpenAiErrors.invalid("'n' must be 1: this server writes one choice per request.");
        }
        List<ChatTurn> turns = new ArrayList<>();
        for (ChatCompletionRequest.Message message : request.messages()) {
            turns.add(new ChatTurn(role(message.role()), text(message.content())));
        }
        return turns;
    }

    /** The text of the last user message: the question a grounded answer answers. */
    static String lastQuestion(List<ChatTurn> turns) {
        return turns.reversed().stream()
                .filter(turn -> turn.role().equals("user"))
                .map(ChatTurn::content)
                .findFirst()
                .orElseThrow(() -> OpenAiErrors.invalid("'messages' must hold a user message to answer."));
    }

    static GenerationOptions options(ChatCompletionRequest request, int defaultMaxTokens, int maxTokensLimit) {
        Integer asked = request.maxCompletionTokens() != null ? request.maxCompletionTokens() : request.maxTokens();
        int maxTokens = asked == null ? defaultMaxTokens : asked;
        if (maxTokens < 1 || maxTokens > maxTokensLimit) {
            throw OpenAiErrors.invalid("'max_tokens' must be between 1 and %d.".formatted(maxTokensLimit));
        }
        if (request.seed() != null && (request.seed() < Integer.MIN_VALUE || request.seed() > Integer.MAX_VALUE)) {
            throw OpenAiErrors.invalid("'seed' must fit in 32 bits.");
        }
        if (request.temperature() != null && request.temperature() > 2) {
            throw OpenAiErrors.invalid("'temperature' must be between 0 and 2.");
        }
        try {
            return new GenerationOptions(
                    maxTokens,
                    request.temperature(),
                    request.topP(),
                    request.topK(),
                    null,
                    request.seed() == null ? null : request.seed().intValue(),
                    stop(request.stop()),
                    jsonSchema(request.responseFormat()),
                    false);
        } catch (IllegalArgumentException e) {
            throw OpenAiErrors.invalid(openAiNames(e.getMessage()) + ".");
        }
    }

    /** The schema that constrains the output: json_schema's schema, any object for json_object, none for text. */
    static String jsonSchema(JsonNode format) {
        if (format == null || format.isNull()) {
            return null;
        }
        String type = format.path("type").asString("");
        return switch (type) {
            case "text" -> null;
            case "json_object" -> "{\"type\":\"object\"}";
            case "json_schema" -> {
                JsonNode schema = format.path("json_schema").path("schema");
                if (!schema.isObject()) {
                    throw OpenAiErrors.invalid("'response_format.json_schema.schema' must be a JSON schema object.");
                }
                yield schema.toString();
            }
            default -> throw OpenAiErrors.invalid("'response_format.type' must be text, json_object or json_schema.");
        };
    }

    private static String role(String role) {
        return switch (role == null ? "" : role) {
            case "system", "developer" -> "system";
            case "user", "tool", "function" -> "user"; // a model without tool calling reads results as context
            case "assistant" -> "assistant";
            default -> throw OpenAiErrors.invalid("Unknown message role '%s'.".formatted(role));
        };
    }

    private static String text(JsonNode content) {
        if (content == null || content.isNull()) {
            return "";
        }
        if (content.isString()) {
            return content.asString();
        }
        if (!content.isArray()) {
            throw OpenAiErrors.invalid("A message's 'content' must be a string or a list of parts.");
        }
        StringBuilder text = new StringBuilder();
        for (JsonNode part : content) {
            if (!part.path("type").asString("").equals("text")) {
                throw OpenAiErrors.invalid(
                        "Only text content parts are supported; this model reads no images or audio.");
            }
            text.append(part.path("text").asString(""));
        }
        return text.toString();
    }

    private static List<String> stop(JsonNode stop) {
        if (stop == null || stop.isNull()) {
            return List.of();
        }
        if (stop.isString()) {
            return List.of(stop.asString());
        }
        List<String> sequences = new ArrayList<>();
        stop.forEach(sequence -> sequences.add(sequence.asString()));
        return sequences;
    }

    private static String openAiNames(String message) {
        return message.replace("maxTokens", "max_tokens")
                .replace("topP", "top_p")
                .replace("topK", "top_k");
    }
}
