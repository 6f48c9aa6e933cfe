package dev.lectern.retrieval.pgvector;

import dev.lectern.documents.DocumentId;
import dev.lectern.workspaces.WorkspaceId;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
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
        Map<String, Long> chunks = new HashMap<>();
        long[] totals = new long[2];
        jdbc.query(
                "select lexeme, chunks, words from retrieval_term_stats where workspace_id = ?"
                        + " and (lexeme = '' or lexeme = any(tsvector_to_array(to_tsvector('english', ?))))",
                rs -> {
                    if (rs.getString(1).isEmpty()) {
                        totals[0] = rs.getLong(2);
                        totals[1] = rs.getLong(3);
                    } else if (rs.getLong(2) > 0) {
                        chunks.put(rs.getString(1), rs.getLong(2));
                    }
                },
                workspaceId.value(),
                query);
        if (chunks.isEmpty() || totals[0] == 0) {
            return null;
        }
        List<String> lexemes = chunks.keySet().stream()
                .sorted(Comparator.comparing((String lexeme) -> chunks.get(lexeme))
                        .thenComparing(lexeme -> lexeme))
                .toList();
        Double[] idf = lexemes.stream()
                .map(lexeme -> Math.log(1 + (totals[0] - chunks.get(lexeme) + 0.5) / (chunks.get(lexeme) + 0.5)))
                .toArray(Double[]::new);
        List<String> finding = new ArrayList<>();
        long found = 0;
        for (String lexeme : lexemes) {
            if (finding.isEmpty() || found + chunks.get(lexeme) <= MAX_CANDIDATES) {
                finding.add(lexeme);
                found += chunks.get(lexeme);
            }
        }
        // every word is common: only chunks that hold them all, which is what such a query can mean
        String operator = chunks.get(lexemes.getFirst()) > MAX_CANDIDATES ? " & " : " | ";
        List<String> match = operator.equals(" & ") ? lexemes : finding;
        return new Weights(
                lexemes.toArray(String[]::new),
                idf,
                (double) totals[1] / totals[0],
                match.stream().map(TermStatistics::quoted).collect(Collectors.joining(operator)));
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

    /** What BM25 needs of a query; see {@link #weigh}. */
    record Weights(String[] lexemes, Double[] idf, double averageLength, String match) {}

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
