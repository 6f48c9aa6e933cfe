package dev.lectern.retrieval.pgvector;

import dev.lectern.documents.DocumentId;
import dev.lectern.retrieval.KeywordFeedback;
import dev.lectern.workspaces.WorkspaceId;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Keeps {@code retrieval_term_stats} (chunks per lexeme, chunk count and total length per workspace) in step
 * with the chunks, for BM25. Called inside the transaction that writes or removes the chunks, so the figures
 * never disagree with what a search sees.
 */
final class TermStatistics {

    /**
     * Adds (sign 1) or subtracts (sign -1) the counts of the documents' current chunks. Rows are locked in
     * lexeme order, so two writers of one workspace wait for each other instead of deadlocking.
     */
    private static final String COUNT = "insert into retrieval_term_stats (workspace_id, lexeme, chunks, words)"
            + " select workspace_id, lexeme, ? * sum(chunks), ? * sum(words) from ("
            + "   select c.workspace_id, w.lexeme, 1 as chunks, 0 as words"
            + "   from retrieval_chunks c, unnest(c.search_words) w where c.document_id = any(?)"
            + "   union all"
            + "   select workspace_id, '', 1, length(search_words) from retrieval_chunks where document_id = any(?)"
            + " ) counted group by workspace_id, lexeme order by workspace_id, lexeme"
            + " on conflict (workspace_id, lexeme) do update"
            + " set chunks = retrieval_term_stats.chunks + excluded.chunks,"
            + " words = retrieval_term_stats.words + excluded.words";

    /**
     * Chunks a keyword search scores, about. Candidates come from the rarest query words first, as long as the
     * chunks holding them stay within this budget: every candidate's tsvector is read and decompressed, and on
     * SciFact a query's common words made half of the 5,183 chunks candidates. A chunk with none of the rarer
     * words rarely ranks high; it is still scored for the common words when it is a candidate.
     */
    static final int MAX_CANDIDATES = 2_000;

    private final JdbcTemplate jdbc;

    TermStatistics(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * The query's words (PostgreSQL's English lexemes) that some chunk of the workspace holds, with their BM25
     * inverse document frequency, and the tsquery that finds the candidates; null when no word is found.
     */
    Weights weigh(WorkspaceId workspaceId, String query) {
        Counts counts = counts(workspaceId, query, new String[0]);
        if (counts == null) {
            return null;
        }
        Map<String, Double> weights = new HashMap<>();
        counts.chunks().keySet().forEach(lexeme -> weights.put(lexeme, 1.0));
        return weights(counts, weights, counts.chunks().keySet());
    }

    /**
     * As {@link #weigh(WorkspaceId, String)}, the query expanded with the telling lexemes of the feedback chunks
     * (see {@link KeywordFeedback}): each lexeme's inverse document frequency is scaled by its weight.
     */
    Weights weigh(WorkspaceId workspaceId, String query, KeywordFeedback feedback) {
        Map<UUID, Map<String, Integer>> byChunk = new LinkedHashMap<>();
        feedback.chunks().forEach(chunk -> byChunk.put(chunk.chunkId(), new HashMap<>()));
        jdbc.query(
                "select c.id, w.lexeme, coalesce(array_length(w.positions, 1), 1) from retrieval_chunks c,"
                        + " unnest(c.search_words) w where c.id = any(?)",
                rs -> {
                    byChunk.get(rs.getObject(1, UUID.class)).put(rs.getString(2), rs.getInt(3));
                },
                (Object) byChunk.keySet().toArray(UUID[]::new));
        String[] feedbackLexemes = byChunk.values().stream()
                .flatMap(chunk -> chunk.keySet().stream())
                .distinct()
                .toArray(String[]::new);
        Counts counts = counts(workspaceId, query, feedbackLexemes);
        if (counts == null) {
            return null;
        }
        List<String> own =
                jdbc.queryForList("select unnest(tsvector_to_array(to_tsvector('english', ?)))", String.class, query);
        Set<String> ownFound = new LinkedHashSet<>(own);
        ownFound.retainAll(counts.chunks().keySet());
        if (ownFound.isEmpty()) {
            return null; // as without feedback: no word of the query is in the workspace
        }
        Map<String, Double> weights = new HashMap<>(feedback.expand(
                ownFound,
                List.copyOf(byChunk.values()),
                lexeme -> counts.chunks().containsKey(lexeme)
                        ? counts.idf(counts.chunks().get(lexeme))
                        : 0));
        weights.keySet().retainAll(counts.chunks().keySet());
        return weights(counts, weights, ownFound);
    }

    /** Chunks per lexeme of the query and of the given lexemes, and the workspace's totals; null if none. */
    private Counts counts(WorkspaceId workspaceId, String query, String[] lexemes) {
        Map<String, Long> chunks = new HashMap<>();
        long[] totals = new long[2];
        jdbc.query(
                "select lexeme, chunks, words from retrieval_term_stats where workspace_id = ?"
                        + " and (lexeme = '' or lexeme = any(tsvector_to_array(to_tsvector('english', ?)))"
                        + " or lexeme = any(?::text[]))",
                rs -> {
                    if (rs.getString(1).isEmpty()) {
                        totals[0] = rs.getLong(2);
                        totals[1] = rs.getLong(3);
                    } else if (rs.getLong(2) > 0) {
                        chunks.put(rs.getString(1), rs.getLong(2));
                    }
                },
                workspaceId.value(),
                query,
                lexemes);
        return chunks.isEmpty() || totals[0] == 0 ? null : new Counts(chunks, totals[0], totals[1]);
    }

    /**
     * BM25's weights for the weighted lexemes, and the tsquery of candidates: the query's own lexemes, rarest
     * first, as long as the chunks holding them stay within the budget, then expansion lexemes the same way.
     */
    private static Weights weights(Counts counts, Map<String, Double> weighted, Set<String> own) {
        Map<String, Long> chunks = counts.chunks();
        Comparator<String> rarest =
                Comparator.comparing((String lexeme) -> chunks.get(lexeme)).thenComparing(lexeme -> lexeme);
        List<String> lexemes = weighted.keySet().stream().sorted(rarest).toList();
        Double[] idf = lexemes.stream()
                .map(lexeme -> counts.idf(chunks.get(lexeme)) * weighted.get(lexeme))
                .toArray(Double[]::new);
        List<String> ownRarest = own.stream().sorted(rarest).toList();
        List<String> finding = new ArrayList<>();
        long found = 0;
        for (String lexeme : ownRarest) {
            if (finding.isEmpty() || found + chunks.get(lexeme) <= MAX_CANDIDATES) {
                finding.add(lexeme);
                found += chunks.get(lexeme);
            }
        }
        // every word is common: only chunks that hold them all, which is what such a query can mean
        boolean common = chunks.get(ownRarest.getFirst()) > MAX_CANDIDATES;
        List<String> added = new ArrayList<>();
        long addedFound = 0;
        if (!common) {
            for (String lexeme : lexemes) {
                if (!own.contains(lexeme)
                        && found + chunks.get(lexeme) <= MAX_CANDIDATES
                        && addedFound + chunks.get(lexeme) <= KeywordFeedback.ADDED_CANDIDATES) {
                    added.add(lexeme);
                    found += chunks.get(lexeme);
                    addedFound += chunks.get(lexeme);
                }
            }
        }
        finding.addAll(added);
        return new Weights(
                lexemes.toArray(String[]::new),
                idf,
                (double) counts.words() / counts.total(),
                common ? tsquery(ownRarest, " & ") : tsquery(finding, " | "),
                tsquery(added, " | "));
    }

    private static String tsquery(List<String> lexemes, String operator) {
        return lexemes.stream().map(TermStatistics::quoted).collect(Collectors.joining(operator));
    }

    /** How many chunks of the workspace hold each lexeme, with the chunks and words of the workspace. */
    private record Counts(Map<String, Long> chunks, long total, long words) {
        double idf(long holding) {
            return Math.log(1 + (total - holding + 0.5) / (holding + 0.5));
        }
    }

    /** Chunks in the workspace, from the statistics (no count over the table). */
    long chunks(WorkspaceId workspaceId) {
        List<Long> count = jdbc.queryForList(
                "select chunks from retrieval_term_stats where workspace_id = ? and lexeme = ''",
                Long.class,
                workspaceId.value());
        return count.isEmpty() ? 0 : count.getFirst();
    }

    /** A lexeme as a tsquery operand: quoted, so nothing in it is read as an operator. */
    private static String quoted(String lexeme) {
        return "'" + lexeme.replace("\\", "\\\\").replace("'", "''") + "'";
    }

    /**
     * What BM25 needs of a query; see {@link #weigh}.
     *
     * @param match the tsquery of the candidates
     * @param addedMatch the tsquery of the candidates that hold an added word (feedback), empty if none
     */
    record Weights(String[] lexemes, Double[] idf, double averageLength, String match, String addedMatch) {}

    void add(Collection<DocumentId> documents) {
        count(1, documents);
    }

    void subtract(Collection<DocumentId> documents) {
        count(-1, documents);
    }

    void deleteWorkspace(WorkspaceId workspaceId) {
        jdbc.update("delete from retrieval_term_stats where workspace_id = ?", workspaceId.value());
    }

    private void count(int sign, Collection<DocumentId> documents) {
        UUID[] ids = documents.stream().map(DocumentId::value).toArray(UUID[]::new);
        jdbc.update(COUNT, ps -> {
            var array = ps.getConnection().createArrayOf("uuid", ids);
            ps.setInt(1, sign);
            ps.setInt(2, sign);
            ps.setArray(3, array);
            ps.setArray(4, array);
        });
    }
}
