package dev.lectern.generation.llamacpp;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.lectern.generation.gguf.GgufWriter;
import dev.lectern.generation.gguf.ModelShape;
import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class GgufHeaderTests {

    @TempDir
    Path dir;

    @ParameterizedTest
    @EnumSource(GgufWriter.Type.class)
    void readsWhatAGeneratedModelSaysAboutItself(GgufWriter.Type type) throws IOException {
        Path file = GgufWriter.write(dir.resolve("tiny.gguf"), ModelShape.TINY_LLAMA, type, "{{ messages }}");

        GgufHeader header = GgufHeader.read(file);

        assertThat(header.architecture()).isEqualTo("llama");
        assertThat(header.name()).isEqualTo("tiny-llama");
        assertThat(header.contextLength()).isEqualTo(2048);
        assertThat(header.chatTemplate()).isEqualTo("{{ messages }}");
        assertThat(header.tensors()).isEqualTo(2 + 2 * 9);
    }

    @Test
    void refusesATruncatedDownloadBeforeNativeCodeSeesIt() throws IOException {
        Path file = GgufWriter.write(dir.resolve("cut.gguf"), ModelShape.TINY_LLAMA, GgufWriter.Type.Q8_0, null);
        try (RandomAccessFile raf = new RandomAccessFile(file.toFile(), "rw")) {
            raf.setLength(raf.length() - 1000);
        }

        assertThatThrownBy(() -> GgufHeader.read(file))
                .isInstanceOf(InvalidModelFile.class)
                .hasMessageContaining("truncated");
    }

    @Test
    void refusesAFileCutInsideItsHeader() throws IOException {
        Path file = GgufWriter.write(dir.resolve("cut.gguf"), ModelShape.TINY_LLAMA, GgufWriter.Type.Q8_0, null);
        try (RandomAccessFile raf = new RandomAccessFile(file.toFile(), "rw")) {
            raf.setLength(3000);
        }

        assertThatThrownBy(() -> GgufHeader.read(file)).hasMessageContaining("truncated");
    }

    @Test
    void refusesAFileThatIsNoGguf() throws IOException {
        Path html = Files.writeString(dir.resolve("model.gguf"), "<html>Rate limited</html>".repeat(10));

        assertThatThrownBy(() -> GgufHeader.read(html))
                .isInstanceOf(InvalidModelFile.class)
                .hasMessageContaining("not a GGUF");
    }
}
