package dev.lectern.openai.web;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.List;
import tools.jackson.databind.JsonNode;

/**
 * The body of POST /v1/chat/completions, in OpenAI's names. Fields this server does not use (tools, logit_bias,
 * user, ...) are ignored, as OpenAI-compatible servers commonly do, except where ignoring would change the
 * meaning: several choices ({@code n} above 1) are refused.
 */
record ChatCompletionRequest(
        String model,
        List<Message> messages,
        Double temperature,
        @JsonProperty("top_p") Double topP,
        @JsonProperty("top_k") Integer topK,
        @JsonProperty("max_tokens") Integer maxTokens,
        @JsonProperty("max_completion_tokens") Integer maxCompletionTokens,
        JsonNode stop,
        Long seed,
        Integer n,
        Boolean stream,
        @JsonProperty("stream_options") StreamOptions streamOptions,
        @JsonProperty("response_format") JsonNode responseFormat) {

    /** One message; {@code content} is a string or a list of parts, of which only text parts are read. */
    record Message(String role, JsonNode content) {}

    record StreamOptions(@JsonProperty("include_usage") Boolean includeUsage) {}

    boolean streaming() {
        return Boolean.TRUE.equals(stream);
    }

    boolean includeUsage() {
        return streamOptions != null && Boolean.TRUE.equals(streamOptions.includeUsage());
    }
}
