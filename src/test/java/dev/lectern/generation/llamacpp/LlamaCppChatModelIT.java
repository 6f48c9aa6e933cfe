package dev.lectern.generation.llamacpp;

import static org.assertj.core.api.Assertions.assertThat;

import dev.lectern.generation.ChatTurn;
import dev.lectern.generation.GenerationSettings;
import dev.lectern.generation.LecternChatOptions;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.ai.chat.client.ChatClient;
import org.springframework.ai.chat.model.ChatResponse;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** Spring AI's ChatClient over the real engine with stories260K: options, streaming, cancel, JSON. */
class LlamaCppChatModelIT {

    static LlamaCppTextGenerator generator;
    static ChatClient chat;

    @BeforeAll
    static void load(@TempDir Path nativeDir) throws InterruptedException {
        generator =
                new LlamaCppTextGenerator(GenerationSettings.of(LlamaCppTextGeneratorIT.STORIES, nativeDir, 512, 2));
        LlamaCppTextGeneratorIT.await(generator);
        chat = ChatClient.create(new LlamaCppChatModel(generator, 40));
    }

    @Test
    void answersThroughChatClient() {
        String answer = chat.prompt().user("Once upon a time").call().content();

        assertThat(answer).isNotBlank();
        assertThat(answer.split("\\s+").length).isGreaterThan(3);
    }

    @Test
    void modelWithoutTemplateInItsFileGetsChatMl() {
        String prompt = generator.chatPrompt(List.of(new ChatTurn("system", "Be kind."), new ChatTurn("user", "Hi")));

        assertThat(prompt)
                .isEqualTo("<|im_start|>system\nBe kind.<|im_end|>\n<|im_start|>user\nHi<|im_end|>\n"
                        + "<|im_start|>assistant\n");
    }

    @Test
    void sameSeedAndOptionsGiveTheSameText() {
        LecternChatOptions.Builder options = LecternChatOptions.builder()
                .temperature(0.9)
                .topP(0.9)
                .topK(40)
                .repeatPenalty(1.1)
                .seed(42)
                .maxTokens(30);

        String first =
                chat.prompt().user("Once upon a time").options(options).call().content();
        String second =
                chat.prompt().user("Once upon a time").options(options).call().content();
        String other = chat.prompt()
                .user("Once upon a time")
                .options(options.clone().seed(7))
                .call()
                .content();

        assertThat(second).isEqualTo(first);
        assertThat(other).isNotEqualTo(first);
    }

    @Test
    void maxTokensAndStopSequencesEndTheOutput() {
        ChatResponse limited = chat.prompt()
                .user("Once upon a time")
                .options(LecternChatOptions.builder().maxTokens(5).temperature(0.0))
                .call()
                .chatResponse();
        String unstopped = chat.prompt()
                .user("Once upon a time")
                .options(LecternChatOptions.builder().maxTokens(60).temperature(0.0))
                .call()
                .content();
        String stopped = chat.prompt()
                .user("Once upon a time")
                .options(LecternChatOptions.builder()
                        .maxTokens(60)
                        .temperature(0.0)
                        .stopSequences(List.of(".")))
                .call()
                .content();

        assertThat(generator
                        .engine()
                        .model()
                        .encode(limited.getResult().getOutput().getText()))
                .hasSizeLessThanOrEqualTo(5);
        assertThat(unstopped).contains(".");
        assertThat(stopped).doesNotContain(".");
        assertThat(unstopped).startsWith(stopped);
    }

    @Test
    void jsonSchemaConstrainsTheOutputToMatchingJson() {
        String schema = """
                {"type":"object","properties":{"title":{"type":"string","maxLength":40},"pages":{"type":"integer"}},\
                "required":["title","pages"],"additionalProperties":false}""";

        String json = chat.prompt()
                .user("A book")
                .options(LecternChatOptions.builder().jsonSchema(schema).maxTokens(120))
                .call()
                .content();

        JsonNode parsed = JsonMapper.builder().build().readTree(json);
        assertThat(parsed.get("title").isString()).isTrue();
        assertThat(parsed.get("pages").isIntegralNumber()).isTrue();
    }

    @Test
    void streamsPiecesAndCancellingFreesTheSlotAtOnce() throws InterruptedException {
        List<String> all = chat.prompt().user("Once upon a time").stream()
                .content()
                .collectList()
                .block();
        assertThat(all).hasSizeGreaterThan(5);

        List<String> three =
                chat
                        .prompt()
                        .user("Once upon a time")
                        .options(LecternChatOptions.builder().maxTokens(400))
                        .stream()
                        .content()
                        .take(3)
                        .collectList()
                        .block();
        assertThat(three).hasSize(3);
        long deadline = System.nanoTime() + Duration.ofMillis(500).toNanos();
        while (generator.activeSlots() > 0 && System.nanoTime() < deadline) {
            Thread.sleep(5);
        }
        assertThat(generator.activeSlots()).isZero();
    }
}
