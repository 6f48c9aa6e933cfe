package dev.lectern.retrieval.evaluation;

import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.ZipFile;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import tools.jackson.databind.json.JsonMapper;

/**
 * Writes SciFact of ../shared (CSV in a zip, see its SOURCE.txt) in BEIR's format, so the product's evaluation
 * reads it like any BEIR data set: {@code java ... SciFactToBeir [target folder]}. Both splits are written: the
 * test split is what is reported, the train split (809 other claims) is where settings are fitted.
 */
public final class SciFactToBeir {

    /** Beside the repository; a git worktree elsewhere names it with {@code -Dscifact.source=...}. */
    static final Path SOURCE = Path.of(System.getProperty("scifact.source", "../shared/datasets/beir-scifact"));

    private static final Pattern SENTENCE = Pattern.compile("'((?:[^'\\\\]|\\\\.)*)'|\"((?:[^\"\\\\]|\\\\.)*)\"");

    public static void main(String[] args) throws IOException {
        Path target = Path.of(args.length > 0 ? args[0] : "target/scifact-beir");
        write(target);
        System.out.println("Wrote " + target);
    }

    public static Path write(Path target) throws IOException {
        Files.createDirectories(target.resolve("qrels"));
        JsonMapper json = JsonMapper.builder().build();
        try (ZipFile zip = new ZipFile(
                        SOURCE.resolve("claimverifier/data/scifact.zip").toFile());
                Writer corpus = Files.newBufferedWriter(target.resolve("corpus.jsonl"));
                Writer queries = Files.newBufferedWriter(target.resolve("queries.jsonl"))) {
            for (CSVRecord row : rows(zip, "corpus_train.csv")) {
                String text = String.join(" ", sentences(row.get("abstract")));
                corpus.write(json.writeValueAsString(
                                Map.of("_id", row.get("doc_id"), "title", row.get("title"), "text", text))
                        + "\n");
            }
            Map<String, String> claims = new LinkedHashMap<>();
            for (String member : List.of("claims_validation.csv", "claims_train.csv")) {
                for (CSVRecord row : rows(zip, member)) {
                    claims.putIfAbsent(row.get("id"), row.get("claim"));
                }
            }
            for (var claim : claims.entrySet()) {
                queries.write(json.writeValueAsString(Map.of("_id", claim.getKey(), "text", claim.getValue())) + "\n");
            }
        }
        for (String split : List.of("test", "train")) {
            Files.copy(
                    SOURCE.resolve("beir-qrels/data/scifact/qrels/" + split + ".tsv"),
                    target.resolve("qrels/" + split + ".tsv"),
                    java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        }
        return target;
    }

    /** The abstract cell is a numpy-style list of quoted sentences separated by a newline and a space. */
    static List<String> sentences(String cell) {
        List<String> sentences = new ArrayList<>();
        Matcher m = SENTENCE.matcher(cell);
        while (m.find()) {
            String s = m.group(1) != null ? m.group(1) : m.group(2);
            sentences.add(s.replace("\\'", "'").replace("\\\"", "\"").replace("\\\\", "\\"));
        }
        return sentences;
    }

    private static Iterable<CSVRecord> rows(ZipFile zip, String member) throws IOException {
        var reader = new InputStreamReader(zip.getInputStream(zip.getEntry(member)), StandardCharsets.UTF_8);
        return CSVFormat.DEFAULT
                .builder()
                .setHeader()
                .setSkipHeaderRecord(true)
                .get()
                .parse(reader)
                .getRecords();
    }
}
