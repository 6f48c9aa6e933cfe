package dev.lectern.ingestion;

import dev.lectern.embedding.TokenCounter;
import dev.lectern.ingestion.jobs.IngestionJobs;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionTemplate;

@Configuration(proxyBeanMethods = false)
class IngestionConfiguration {

    @Bean
    IngestionJobs ingestionJobs(JdbcTemplate jdbc, TransactionTemplate transaction) {
        return new IngestionJobs(jdbc, transaction);
    }

    @Bean
    StructuredChunker structuredChunker(TokenCounter tokens, IngestionSettings settings) {
        return new StructuredChunker(tokens, settings);
    }
}
