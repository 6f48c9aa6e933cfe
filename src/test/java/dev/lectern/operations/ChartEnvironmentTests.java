package dev.lectern.operations;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.boot.context.properties.bind.Bindable;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.context.properties.source.ConfigurationPropertySources;
import org.springframework.core.env.StandardEnvironment;
import org.springframework.core.env.SystemEnvironmentPropertySource;
import org.springframework.util.unit.DataSize;

/**
 * The environment variables the Helm chart sets reach the settings they are meant for: Spring maps
 * {@code A_B_C} to {@code a.b.c} (dashes dropped), so a name that does not line up with a property is silently
 * ignored and the operator's value never applies.
 */
class ChartEnvironmentTests {

    @Test
    void uploadLimitAndCorsOriginsBindFromTheChartsVariables() {
        Binder binder = binderFor(Map.of(
                "LECTERN_DOCUMENTS_MAX_UPLOAD_SIZE", "7MB",
                "LECTERN_API_CORS_ALLOWED_ORIGINS", "https://a.example,https://b.example",
                "LECTERN_GENERATION_CONTEXT_SIZE", "4096"));

        assertThat(binder.bind("lectern.documents.max-upload-size", DataSize.class)
                        .get())
                .isEqualTo(DataSize.ofMegabytes(7));
        assertThat(binder.bind("lectern.api.cors.allowed-origins", Bindable.listOf(String.class))
                        .get())
                .isEqualTo(List.of("https://a.example", "https://b.example"));
        assertThat(binder.bind("lectern.generation.context-size", Integer.class).get())
                .isEqualTo(4096);
    }

    private static Binder binderFor(Map<String, Object> variables) {
        StandardEnvironment environment = new StandardEnvironment();
        environment.getPropertySources().addFirst(new SystemEnvironmentPropertySource("chart", variables));
        ConfigurationPropertySources.attach(environment);
        return Binder.get(environment);
    }
}
