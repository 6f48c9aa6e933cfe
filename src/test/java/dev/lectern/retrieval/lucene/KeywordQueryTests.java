package dev.lectern.retrieval.lucene;

import static org.assertj.core.api.Assertions.assertThat;

import dev.lectern.documents.DocumentId;
import dev.lectern.ingestion.parsing.Location;
import dev.lectern.retrieval.ChunkMatch;
import dev.lectern.retrieval.KeywordFeedback;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;
import org.apache.lucene.analysis.en.EnglishAnalyzer;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.junit.jupiter.api.Test;

class KeywordQueryTests {

    final EnglishAnalyzer analyzer = new EnglishAnalyzer();

    @Test
    void theQueryWordsAreSoughtInEveryFieldAndTheAddedWordsInThePassageOnly() throws Exception {
        try (var directory = new ByteBuffersDirectory()) {
            try (var writer = new IndexWriter(directory, new IndexWriterConfig(analyzer))) {
                for (String text : List.of("refunds within thirty days", "shipping costs", "warranty claims")) {
                    Document document = new Document();
                    document.add(new TextField(ChunkFields.TEXT, text, Field.Store.NO));
                    writer.addDocument(document);
                }
            }
            try (var reader = DirectoryReader.open(directory)) {
                ChunkMatch feedback = new ChunkMatch(
                        UUID.randomUUID(),
                        DocumentId.random(),
                        "policy.md",
                        0,
                        "Warranty claims are handled by the warranty desk",
                        "Policies",
                        0,
                        40,
                        Location.NONE,
                        1);

                var query = (BooleanQuery) KeywordQuery.expanded(
                        "refund", new KeywordFeedback(List.of(feedback), 5, 0.2), analyzer, reader);

                Map<String, List<String>> fieldsByWord = query.clauses().stream()
                        .peek(clause -> assertThat(clause.occur()).isEqualTo(BooleanClause.Occur.SHOULD))
                        .map(clause -> ((TermQuery) ((BoostQuery) clause.query()).getQuery()).getTerm())
                        .collect(Collectors.groupingBy(
                                term -> term.text(), Collectors.mapping(term -> term.field(), Collectors.toList())));
                assertThat(fieldsByWord.get("refund")).hasSize(3).contains(ChunkFields.TEXT);
                assertThat(fieldsByWord).containsKeys("warranti", "claim");
                fieldsByWord.forEach((word, fields) -> {
                    if (!word.equals("refund")) {
                        assertThat(fields).as(word).containsExactly(ChunkFields.TEXT);
                    }
                });
            }
        }
    }
}
