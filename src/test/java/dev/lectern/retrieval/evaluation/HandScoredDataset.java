package dev.lectern.retrieval.evaluation;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/**
 * A BEIR data set small enough to score by hand in keyword mode. Every passage has six words after the English
 * analyzer, so BM25's length normalisation is equal for all, and each query's matches order themselves by
 * which and how many query words they hold, whatever the idf of the words in the rest of the index:
 *
 * <pre>
 * q1 "zebra stripes"  matches d1 (zebra, stripe) before d2 (zebra)       judged d1=1, d2=2
 *     DCG = 1/log2(2) + 2/log2(3) = 2.2618595; IDCG = 2/log2(2) + 1/log2(3) = 2.6309298
 *     nDCG@10 = 0.8597187, Recall = 2/2 = 1, RR = 1
 * q2 "giraffe neck"   matches d3 (giraffe, neck) before d4 (giraffe)     judged d3=2, d4=0, d5=1
 *     DCG = 2/log2(2) = 2; IDCG = 2.6309298; nDCG@10 = 0.7601875
 *     Recall = 1/2 (d5 shares no word with the query), RR = 1
 * q3 "penguin"        matches d7 (penguin twice) before d6 (penguin once) judged d6=1
 *     DCG = 1/log2(3) = 0.6309298 = nDCG@10; Recall = 1, RR = 1/2
 * q4 has no judgments and is left out, as BEIR does.
 * mean nDCG@10 = (0.8597187 + 0.7601875 + 0.6309298) / 3 = 0.7502787
 * mean Recall@10 = Recall@100 = (1 + 0.5 + 1) / 3 = 0.8333333; mean MRR@10 = (1 + 1 + 0.5) / 3 = 0.8333333
 * </pre>
 */
final class HandScoredDataset {

    static final double KEYWORD_NDCG_10 = 0.7502787;
    static final double KEYWORD_RECALL_10 = 0.8333333;
    static final double KEYWORD_RECALL_100 = 0.8333333;
    static final double KEYWORD_MRR_10 = 0.8333333;
    static final int DOCUMENTS = 8;
    static final int JUDGED_QUERIES = 3;

    static final String CORPUS = """
            {"_id":"d1","title":"Savanna","text":"zebra stripes confuse biting flies daily"}
            {"_id":"d2","title":"Grassland","text":"zebra herds migrate across dry plains"}
            {"_id":"d3","title":"Forest","text":"giraffe neck reaches tall acacia leaves"}
            {"_id":"d4","title":"Zoo","text":"giraffe calves stand within one hour"}
            {"_id":"d5","title":"Africa","text":"tallest mammals browse treetops using tongues"}
            {"_id":"d6","title":"Antarctica","text":"penguin colonies huddle against freezing wind"}
            {"_id":"d7","title":"Ice","text":"penguin parents feed penguin chicks fish"}
            {"_id":"d8","title":"Desert","text":"camel humps store fat during journeys"}
            """;
    static final String QUERIES = """
            {"_id":"q1","text":"zebra stripes"}
            {"_id":"q2","text":"giraffe neck"}
            {"_id":"q3","text":"penguin"}
            {"_id":"q4","text":"camel"}
            """;
    static final String QRELS =
            "query-id\tcorpus-id\tscore\n" + "q1\td1\t1\nq1\td2\t2\nq2\td3\t2\nq2\td4\t0\nq2\td5\t1\nq3\td6\t1\n";

    private HandScoredDataset() {}

    static Path writeTo(Path folder) throws IOException {
        Files.createDirectories(folder.resolve("qrels"));
        Files.writeString(folder.resolve("corpus.jsonl"), CORPUS);
        Files.writeString(folder.resolve("queries.jsonl"), QUERIES);
        Files.writeString(folder.resolve("qrels/test.tsv"), QRELS);
        return folder;
    }

    /** The data set zipped as BEIR publishes it: inside a folder named after it. */
    static byte[] zipped(String folder) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
            entry(zip, folder + "/corpus.jsonl", CORPUS);
            entry(zip, folder + "/queries.jsonl", QUERIES);
            entry(zip, folder + "/qrels/test.tsv", QRELS);
            entry(zip, folder + "/qrels/train.tsv", "query-id\tcorpus-id\tscore\n");
        }
        return bytes.toByteArray();
    }

    static void entry(ZipOutputStream zip, String name, String content) throws IOException {
        zip.putNextEntry(new ZipEntry(name));
        zip.write(content.getBytes(StandardCharsets.UTF_8));
        zip.closeEntry();
    }
}
