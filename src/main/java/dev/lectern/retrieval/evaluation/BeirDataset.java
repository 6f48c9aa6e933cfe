package dev.lectern.retrieval.evaluation;

import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * A retrieval benchmark in BEIR's format: {@code corpus.jsonl} ({@code _id}, {@code title}, {@code text}),
 * {@code queries.jsonl} ({@code _id}, {@code text}) and {@code qrels/<split>.tsv} (query-id, corpus-id,
 * score with a header line). Only queries with judgments are kept, as BEIR does. Anything else that is wrong
 * is an {@link InvalidDataset} naming the file and line, because a silently skipped line skews every metric.
 */
public record BeirDataset(
        String name,
        Map<String, Passage> corpus,
        Map<String, String> queries,
        Map<String, Map<String, Integer>> qrels) {

    /** One corpus document. */
    public record Passage(String title, String text) {}

    /** A split names a file inside qrels/, so it may not climb out of it. */
    private static final Pattern SPLIT = Pattern.compile("[A-Za-z0-9_-]{1,50}");

    private static final JsonMapper JSON = JsonMapper.builder().build();

    /** The three files a data set needs, relative to its folder. */
    public static List<String> files(String split) {
        if (!SPLIT.matcher(split).matches()) {
            throw new IllegalArgumentException("The split '%s' is not a plain name such as 'test'.".formatted(split));
        }
        return List.of("corpus.jsonl", "queries.jsonl", "qrels/" + split + ".tsv");
    }

    /** Checks that the files are there, before any work starts. */
    public static void requireFiles(Path folder, String split) {
        for (String file : files(split)) {
            if (!Files.isRegularFile(folder.resolve(file))) {
                throw new InvalidDataset("The data set has no %s.".formatted(file));
            }
        }
    }

    public static BeirDataset read(Path folder, String split) throws IOException {
        return read(folder, split, folder.getFileName().toString());
    }

    public static BeirDataset read(Path folder, String split, String name) throws IOException {
        requireFiles(folder, split);
        List<String> files = files(split);
        Map<String, Passage> corpus = new LinkedHashMap<>();
        forEachLine(folder, files.get(0), (line, where) -> {
            JsonNode doc = parse(line, where);
            Passage passage = new Passage(text(doc, "title"), text(doc, "text"));
            if (passage.title().isBlank() && passage.text().isBlank()) {
                throw new InvalidDataset(where + " has neither a title nor a text.");
            }
            corpus.put(id(doc, where), passage);
        });
        Map<String, String> allQueries = new HashMap<>();
        forEachLine(folder, files.get(1), (line, where) -> {
            JsonNode query = parse(line, where);
            allQueries.put(id(query, where), text(query, "text"));
        });
        Map<String, Map<String, Integer>> qrels = new LinkedHashMap<>();
        forEachLine(folder, files.get(2), (line, where) -> {
            if (qrels.isEmpty() && line.startsWith("query-id")) {
                return; // the header
            }
            String[] cells = line.split("\t");
            if (cells.length < 3) {
                throw new InvalidDataset(where + " needs three tab-separated columns: query-id, corpus-id, score.");
            }
            String query = cells[0].strip(), doc = cells[1].strip();
            if (!allQueries.containsKey(query)) {
                throw new InvalidDataset(
                        where + " judges the query '%s', which is not in %s.".formatted(query, files.get(1)));
            }
            if (!corpus.containsKey(doc)) {
                throw new InvalidDataset(
                        where + " judges the document '%s', which is not in %s.".formatted(doc, files.get(0)));
            }
            qrels.computeIfAbsent(query, q -> new HashMap<>()).put(doc, score(cells[2], where));
        });
        if (corpus.isEmpty() || qrels.isEmpty()) {
            throw new InvalidDataset(
                    corpus.isEmpty() ? files.get(0) + " holds no documents." : files.get(2) + " holds no judgments.");
        }
        Map<String, String> queries = new LinkedHashMap<>();
        qrels.keySet().forEach(id -> queries.put(id, allQueries.get(id)));
        return new BeirDataset(name, corpus, queries, qrels);
    }

    private static JsonNode parse(String line, String where) {
        try {
            JsonNode node = JSON.readTree(line);
            if (node == null || !node.isObject()) {
                throw new InvalidDataset(where + " is not a JSON object.");
            }
            return node;
        } catch (JacksonException e) {
            throw new InvalidDataset(where + " is not valid JSON: " + e.getOriginalMessage());
        }
    }

    private static String id(JsonNode node, String where) {
        String id = text(node, "_id");
        if (id.isBlank()) {
            throw new InvalidDataset(where + " has no \"_id\".");
        }
        return id;
    }

    private static int score(String cell, String where) {
        try {
            return Integer.parseInt(cell.strip());
        } catch (NumberFormatException e) {
            throw new InvalidDataset(where + " has the score '%s', which is not a whole number.".formatted(cell));
        }
    }

    private static String text(JsonNode node, String field) {
        JsonNode value = node.get(field);
        return value == null || value.isNull() ? "" : value.asString();
    }

    private interface LineHandler {
        void accept(String line, String where);
    }

    private static void forEachLine(Path folder, String file, LineHandler handler) throws IOException {
        try (BufferedReader reader = Files.newBufferedReader(folder.resolve(file), StandardCharsets.UTF_8)) {
            int number = 0;
            for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                number++;
                if (!line.isBlank()) {
                    handler.accept(line, "%s line %d".formatted(file, number));
                }
            }
        } catch (java.nio.charset.CharacterCodingException e) {
            throw new InvalidDataset(file + " is not UTF-8 text.");
        }
    }
}
