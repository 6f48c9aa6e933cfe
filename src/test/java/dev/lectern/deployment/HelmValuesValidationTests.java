package dev.lectern.deployment;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.marcnuri.helm.TemplateCommand;
import java.util.function.UnaryOperator;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Values an operator could get wrong stop the install with a message that says what to change. */
class HelmValuesValidationTests {

    static Stream<Arguments> invalidValues() {
        return Stream.of(
                invalid("unknown mode", t -> t.set("mode", "cluster"), "mode"),
                invalid("no replicas", t -> t.set("replicaCount", 0), "replicaCount"),
                invalid("misspelt key", t -> t.set("replicas", 3), "replicas"),
                invalid(
                        "heap that leaves no room for the model",
                        t -> t.set("jvm.maxRamPercentage", 90),
                        "maxRamPercentage"),
                invalid("hash that is not a sha256", t -> t.set("model.pull.sha256", "abc"), "sha256"),
                invalid("model that is not a GGUF file", t -> t.set("model.file", "../etc/passwd"), "file"),
                invalid("memory limit missing", t -> t.set("resources.limits.memory", null), "memory"),
                invalid(
                        "embedded mode with two replicas",
                        t -> t.set("mode", "embedded").set("replicaCount", 2),
                        "mode=embedded keeps the index in a local file"),
                invalid(
                        "server mode without a database",
                        t -> t.set("database.url", ""),
                        "mode=server needs database.url"),
                invalid(
                        "autoscaler bounds reversed",
                        t -> t.set("autoscaling.enabled", true)
                                .set("autoscaling.minReplicas", 5)
                                .set("autoscaling.maxReplicas", 2),
                        "minReplicas must not exceed"),
                invalid(
                        "shared files on a single-node volume",
                        t -> t.set("persistence.data.accessModes[0]", "ReadWriteOnce"),
                        "ReadWriteMany"),
                invalid("single sign-on without issuer", t -> t.set("oidc.enabled", true), "oidc.issuerUri"));
    }

    private static Arguments invalid(String name, UnaryOperator<TemplateCommand> values, String message) {
        return Arguments.of(name, values, message);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("invalidValues")
    void rejects(String name, UnaryOperator<TemplateCommand> values, String message) {
        assertThatThrownBy(() -> RenderedChart.render(values)).hasMessageContaining(message);
    }
}
