package dev.lectern.retrieval.evaluation;

import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * A retrieval benchmark in BEIR's format: {@code corpus.jsonl} ({@code _id}, {@code title}, {@code text}),
 * {@code queries.jsonl} ({@code _id}, {@code text}) and {@code qrels/<split>.tsv} (query-id, corpus-id,
 * score with a header line). Only queries with judgments are kept, as BEIR does.
 */
public record BeirDataset(
        String name,
        Map<String, Passage> corpus,
        Map<String, String> queries,
        Map<String, Map<String, Integer>> qrels) {

    /** One corpus document. */
    public record Passage(String title, String text) {}

    public static BeirDataset read(Path folder, String split) throws IOException {
        JsonMapper json = JsonMapper.builder().build();
        Map<String, Passage> corpus = new LinkedHashMap<>();
        forEachLine(folder.resolve("corpus.jsonl"), line -> {
            JsonNode doc = json.readTree(line);
            corpus.put(doc.get("_id").asString(), new Passage(text(doc, "title"), text(doc, "text")));
        });
        Map<String, Map<String, Integer>> qrels = new HashMap<>();
        boolean[] header = {true};
        forEachLine(folder.resolve("qrels").resolve(split + ".tsv"), line -> {
            if (header[0]) {
                header[0] = false;
                if (line.startsWith("query-id")) {
                    return;
                }
            }
            String[] cells = line.split("\t");
            qrels.computeIfAbsent(cells[0], q -> new HashMap<>()).put(cells[1], Integer.parseInt(cells[2].strip()));
        });
        Map<String, String> queries = new LinkedHashMap<>();
        forEachLine(folder.resolve("queries.jsonl"), line -> {
            JsonNode query = json.readTree(line);
            String id = query.get("_id").asString();
            if (qrels.containsKey(id)) {
                queries.put(id, query.get("text").asString());
            }
        });
        return new BeirDataset(folder.getFileName().toString(), corpus, queries, qrels);
    }

    private static String text(JsonNode node, String field) {
        JsonNode value = node.get(field);
        return value == null || value.isNull() ? "" : value.asString();
    }

    private interface LineHandler {
        void accept(String line) throws IOException;
    }

    private static void forEachLine(Path file, LineHandler handler) throws IOException {
        try (BufferedReader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                if (!line.isBlank()) {
                    handler.accept(line);
                }
            }
        }
    }
}
