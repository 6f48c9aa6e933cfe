package dev.lectern.embedding;

import java.io.IOException;
import java.nio.file.Files;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
class EmbeddingConfiguration {

    @Bean
    BgeSmallEmbeddingModel embeddingModel(EmbeddingSettings settings) throws IOException {
        // DJL unpacks its native tokenizer library into this folder; without it, it writes to ~/.djl.ai
        Files.createDirectories(settings.cacheDir());
        String cache = settings.cacheDir().toAbsolutePath().toString();
        if (System.getProperty("DJL_CACHE_DIR") == null) {
            System.setProperty("DJL_CACHE_DIR", cache);
        }
        if (System.getProperty("ENGINE_CACHE_DIR") == null) {
            System.setProperty("ENGINE_CACHE_DIR", cache);
        }
        System.setProperty("ai.djl.offline", "true");
        return new BgeSmallEmbeddingModel(settings);
    }
}
