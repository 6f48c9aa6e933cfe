package dev.lectern.generation;

import dev.lectern.generation.llamacpp.LlamaCppChatModel;
import dev.lectern.generation.llamacpp.LlamaCppTextGenerator;
import dev.lectern.generation.models.FirstStart;
import dev.lectern.generation.models.ModelCatalog;
import dev.lectern.generation.models.ModelLibrary;
import io.micrometer.core.instrument.MeterRegistry;
import org.springframework.ai.chat.model.ChatModel;
import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.HealthIndicator;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
class GenerationConfiguration {

    @Bean
    LlamaCppTextGenerator textGenerator(GenerationSettings settings, MeterRegistry meters) {
        return new LlamaCppTextGenerator(settings, meters);
    }

    @Bean
    ModelLibrary modelLibrary(GenerationSettings settings, LlamaCppTextGenerator generator) {
        ModelLibrary library =
                new ModelLibrary(ModelCatalog.load(settings.catalog()), settings.modelsDir(), generator.engine());
        FirstStart.run(settings, library, generator.engine());
        return library;
    }

    /** The shared model as Spring AI's ChatModel (and StreamingChatModel): one model serves both APIs. */
    @Bean
    ChatModel chatModel(TextGenerator generator, GenerationSettings settings) {
        return new LlamaCppChatModel(generator, settings.defaultMaxTokens());
    }

    /** Reports the model's state; deliberately outside the readiness group, so loading never fails a probe. */
    @Bean
    HealthIndicator generatorHealthIndicator(TextGenerator generator) {
        return () -> {
            GeneratorStatus status = generator.status();
            Health.Builder health = status.state() == GeneratorStatus.State.FAILED ? Health.down() : Health.up();
            return health.withDetail("state", status.state())
                    .withDetail("model", String.valueOf(status.model()))
                    .withDetail("detail", status.detail())
                    .build();
        };
    }
}
