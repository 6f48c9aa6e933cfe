package dev.lectern.deployment;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The image recipe cannot be built here (no Docker engine), so its content is checked line by line. */
class ContainerImageTests {

    private final List<String> lines = readDockerfile();

    private static List<String> readDockerfile() {
        try {
            return Files.readAllLines(Path.of("src/main/docker/Dockerfile"));
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private List<String> instructions(String keyword) {
        return lines.stream().filter(l -> l.startsWith(keyword + " ")).toList();
    }

    @Test
    void buildsInStagesAndShipsOnlyAJavaRuntimeOfTheProjectsVersion() {
        List<String> stages = instructions("FROM");

        assertThat(stages).hasSizeGreaterThanOrEqualTo(2);
        assertThat(stages.getLast()).isEqualTo("FROM eclipse-temurin:25-jre");
    }

    @Test
    void copiesTheLayersOfTheJarFromLeastToMostOftenChanged() {
        List<String> copies = instructions("COPY").stream()
                .filter(l -> l.contains("/layers/"))
                .toList();

        assertThat(copies)
                .extracting(l -> l.replaceAll(".*/layers/([a-z-]+)/.*", "$1"))
                .containsExactly("dependencies", "spring-boot-loader", "snapshot-dependencies", "application");
        assertThat(String.join("\n", lines)).contains("-Djarmode=tools -jar target/lectern.jar extract --layers");
    }

    @Test
    void runsAsANumericNonRootUser() {
        List<String> users = instructions("USER");

        assertThat(users).isNotEmpty();
        assertThat(users.getLast()).matches("USER [1-9][0-9]{3,}:[1-9][0-9]{3,}");
    }

    @Test
    void installsTheNativeLibrariesTheModelsNeed() {
        String dockerfile = String.join("\n", lines);

        assertThat(dockerfile).contains("libgomp1").contains("tesseract-ocr").contains("rm -rf /var/lib/apt/lists/*");
        assertThat(instructions("ENTRYPOINT").getLast())
                .contains("--enable-native-access=ALL-UNNAMED")
                .contains("\"--add-modules\", \"jdk.incubator.vector\"");
    }

    @Test
    void leavesBuildOutputAndLocalDataOutOfTheContext() throws IOException {
        List<String> ignored = Files.readAllLines(Path.of("src/main/docker/Dockerfile.dockerignore"));

        assertThat(ignored).contains("**/target/", "**/node_modules/", "data/");
    }
}
