package dev.lectern.openai.web;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import dev.lectern.studio.Citation;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * The response bodies of POST /v1/chat/completions in OpenAI's shape. A grounded answer adds {@code citations}
 * at the top level (as Perplexity's OpenAI-compatible API does), which plain clients ignore.
 */
final class ChatCompletions {

    private ChatCompletions() {}

    /** What every response and chunk of one completion shares. */
    record Header(String id, long created, String model) {
        static Header of(String model) {
            return new Header("chatcmpl-" + UUID.randomUUID(), Instant.now().getEpochSecond(), model);
        }
    }

    record Usage(
            @JsonProperty("prompt_tokens") int promptTokens,
            @JsonProperty("completion_tokens") int completionTokens,
            @JsonProperty("total_tokens") int totalTokens) {
        static Usage of(int prompt, int completion) {
            return new Usage(prompt, completion, prompt + completion);
        }
    }

    record Message(String role, String content, String refusal) {}

    record Choice(
            int index,
            Message message,
            @JsonProperty("finish_reason") String finishReason,
            Object logprobs) {}

    record Completion(
            String id,
            String object,
            long created,
            String model,
            List<Choice> choices,
            Usage usage,
            @JsonInclude(JsonInclude.Include.NON_NULL) List<Citation> citations) {

        static Completion of(Header header, Completed done) {
            Choice choice = new Choice(0, new Message("assistant", done.text(), null), done.finishReason(), null);
            return new Completion(
                    header.id(),
                    "chat.completion",
                    header.created(),
                    header.model(),
                    List.of(choice),
                    done.usage(),
                    done.citations());
        }
    }

    record Delta(@JsonInclude(JsonInclude.Include.NON_NULL) String role, String content) {}

    record ChunkChoice(
            int index,
            Delta delta,
            @JsonProperty("finish_reason") String finishReason,
            Object logprobs) {}

    /** One server-sent event of a streamed completion. */
    record Chunk(
            String id,
            String object,
            long created,
            String model,
            List<ChunkChoice> choices,
            @JsonInclude(JsonInclude.Include.NON_NULL) Usage usage,
            @JsonInclude(JsonInclude.Include.NON_NULL) List<Citation> citations) {

        private static Chunk of(Header header, List<ChunkChoice> choices, Usage usage, List<Citation> citations) {
            return new Chunk(
                    header.id(), "chat.completion.chunk", header.created(), header.model(), choices, usage, citations);
        }

        static Chunk start(Header header) {
            return of(header, List.of(new ChunkChoice(0, new Delta("assistant", ""), null, null)), null, null);
        }

        static Chunk text(Header header, String piece) {
            return of(header, List.of(new ChunkChoice(0, new Delta(null, piece), null, null)), null, null);
        }

        /** The last chunk with a choice: why the output ended, and the sources of a grounded answer. */
        static Chunk finish(Header header, Completed done) {
            var choice = new ChunkChoice(0, new Delta(null, null), done.finishReason(), null);
            return of(header, List.of(choice), null, done.citations());
        }

        /** Sent when the client asked for stream_options.include_usage: no choices, only usage. */
        static Chunk usage(Header header, Usage usage) {
            return of(header, List.of(), usage, null);
        }
    }
}
