package dev.lectern.generation.llamacpp;

import static org.assertj.core.api.Assertions.assertThat;

import dev.lectern.generation.ChatTurn;
import dev.lectern.generation.GenerationOptions;
import dev.lectern.generation.GenerationRequest;
import dev.lectern.generation.GenerationSettings;
import dev.lectern.generation.GeneratorStatus.State;
import dev.lectern.generation.gguf.GgufWriter;
import dev.lectern.generation.gguf.ModelShape;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A GGUF written by the test (random weights, Gemma's chat template) loads and runs in llama.cpp. */
class GeneratedModelIT {

    static final String GEMMA_TEMPLATE = "{{ bos_token }}{% for message in messages %}<start_of_turn>"
            + "{{ message['role'] }}\n{{ message['content'] | trim }}<end_of_turn>\n{% endfor %}"
            + "{% if add_generation_prompt %}<start_of_turn>model\n{% endif %}";

    @Test
    void loadsAGeneratedModelAndUsesTheChatTemplateFromItsMetadata(@TempDir Path dir) throws Exception {
        Path file =
                GgufWriter.write(dir.resolve("tiny.gguf"), ModelShape.TINY_LLAMA, GgufWriter.Type.Q4_0, GEMMA_TEMPLATE);
        LlamaCppTextGenerator generator = new LlamaCppTextGenerator(GenerationSettings.of(file, dir, 256, 1));
        LlamaCppTextGeneratorIT.await(generator);
        assertThat(generator.status().state()).isEqualTo(State.READY);

        String prompt = generator.chatPrompt(List.of(new ChatTurn("user", "Hello")));
        assertThat(prompt).contains("<start_of_turn>user\nHello<end_of_turn>").endsWith("<start_of_turn>model\n");

        List<String> pieces = new java.util.ArrayList<>();
        GenerationOptions ten = new GenerationOptions(10, null, null, null, null, null, List.of(), null, true);
        generator.stream(new GenerationRequest(prompt, ten), pieces::add);
        assertThat(pieces).hasSizeBetween(5, 10);
    }
}
