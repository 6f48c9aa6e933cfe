package dev.lectern.retrieval.evaluation;

import dev.lectern.documents.DocumentId;
import dev.lectern.ingestion.parsing.Location;
import dev.lectern.retrieval.ChunkMatch;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * The stage lists of a fitting run kept in target/, one line per query and stage ({@code id TAB document:score
 * ...}), so that a run cut short on a busy machine does not search the index again. Only what fusion reads is
 * kept: the document (one chunk per SciFact abstract) and the score.
 */
final class StageListCache {

    private StageListCache() {}

    static Map<String, List<ChunkMatch>> read(Path file) throws IOException {
        if (!Files.exists(file)) {
            return null;
        }
        Map<String, List<ChunkMatch>> lists = new HashMap<>();
        for (String line : Files.readAllLines(file)) {
            String[] cells = line.split("\t", -1);
            List<ChunkMatch> matches = new ArrayList<>();
            for (String cell : cells[1].isEmpty() ? new String[0] : cells[1].split(" ")) {
                String[] parts = cell.split(":");
                UUID id = UUID.fromString(parts[0]);
                matches.add(new ChunkMatch(
                        id, new DocumentId(id), "", 0, "", "", 0, 0, Location.NONE, Double.parseDouble(parts[1])));
            }
            lists.put(cells[0], matches);
        }
        return lists;
    }

    static void write(Path file, Map<String, List<ChunkMatch>> lists) throws IOException {
        List<String> lines = new ArrayList<>();
        lists.forEach((query, matches) -> {
            StringBuilder line = new StringBuilder(query).append('\t');
            for (ChunkMatch m : matches) {
                line.append(line.charAt(line.length() - 1) == '\t' ? "" : " ")
                        .append(m.documentId().value())
                        .append(':')
                        .append(m.score());
            }
            lines.add(line.toString());
        });
        Files.createDirectories(file.toAbsolutePath().getParent());
        Files.write(file, lines);
    }
}
