package dev.lectern.retrieval;

import dev.lectern.retrieval.lucene.LuceneChunkIndex;
import dev.lectern.retrieval.pgvector.PgVectorChunkIndex;
import java.io.IOException;
import java.nio.file.Files;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionTemplate;

/** Chooses the chunk index adapter: Lucene on local disk (embedded) or pgvector (server). */
@Configuration(proxyBeanMethods = false)
class RetrievalConfiguration {

    @Bean
    @ConditionalOnProperty(name = "lectern.retrieval.index", havingValue = "lucene", matchIfMissing = true)
    LuceneChunkIndex luceneChunkIndex(RetrievalSettings settings) throws IOException {
        return new LuceneChunkIndex(
                Files.createDirectories(settings.indexDir()), settings.lucene().quantization());
    }

    @Bean
    @ConditionalOnProperty(name = "lectern.retrieval.index", havingValue = "pgvector")
    PgVectorChunkIndex pgVectorChunkIndex(JdbcTemplate jdbc, TransactionTemplate transaction) {
        return new PgVectorChunkIndex(jdbc, transaction);
    }
}
