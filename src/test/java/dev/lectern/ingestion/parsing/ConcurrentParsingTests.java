package dev.lectern.ingestion.parsing;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;

/** One parser serves many threads at once. */
class ConcurrentParsingTests {

    static final List<String> SAMPLES = List.of(
            "pdf/list-item-example.pdf",
            "pdf/multi-column-2p.pdf",
            "category-level.docx",
            "docx-tables.docx",
            "sample-presentation.pptx",
            "stanley-cups.xlsx",
            "eml/fake-email-attachment.eml",
            "fake-email-attachment.msg",
            "example-10k-1p.html",
            "semicolon-delimited.csv");

    static final TikaDocumentParser parser = new TikaDocumentParser(TesseractAvailability.fixed(false));

    @AfterAll
    static void close() {
        parser.close();
    }

    @Test
    void givesTheSameResultsWhenManyThreadsShareOneParser() throws Exception {
        Map<String, List<Block>> alone = new HashMap<>();
        for (String sample : SAMPLES) {
            alone.put(sample, Samples.parseSample(parser, sample).blocks());
        }

        List<Callable<Map.Entry<String, List<Block>>>> tasks = new ArrayList<>();
        for (int round = 0; round < 4; round++) {
            List<String> shuffled = new ArrayList<>(SAMPLES);
            Collections.shuffle(shuffled, new Random(round));
            for (String sample : shuffled) {
                tasks.add(() ->
                        Map.entry(sample, Samples.parseSample(parser, sample).blocks()));
            }
        }
        try (ExecutorService threads = Executors.newFixedThreadPool(8)) {
            for (Future<Map.Entry<String, List<Block>>> result : threads.invokeAll(tasks)) {
                Map.Entry<String, List<Block>> parsed = result.get();
                assertThat(parsed.getValue()).as(parsed.getKey()).isEqualTo(alone.get(parsed.getKey()));
            }
        }
    }
}
