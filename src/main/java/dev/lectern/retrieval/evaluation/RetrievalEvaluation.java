package dev.lectern.retrieval.evaluation;

import dev.lectern.documents.DocumentId;
import dev.lectern.ingestion.Chunk;
import dev.lectern.retrieval.ChunkIndex;
import dev.lectern.retrieval.IndexedChunk;
import dev.lectern.retrieval.RankedChunk;
import dev.lectern.retrieval.RankedSearch;
import dev.lectern.retrieval.SearchMode;
import dev.lectern.workspaces.WorkspaceId;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.ai.embedding.EmbeddingModel;
import org.springframework.stereotype.Service;

/**
 * Measures retrieval quality on a BEIR data set: indexes the corpus into a scratch workspace of the live index,
 * runs every query in each mode and scores the rankings, then removes the scratch workspace.
 */
@Service
public class RetrievalEvaluation {

    static final int DEPTH = 100;
    private static final int BATCH = 256;

    private final ChunkIndex index;
    private final EmbeddingModel embeddings;
    private final RankedSearch search;

    RetrievalEvaluation(ChunkIndex index, EmbeddingModel embeddings, RankedSearch search) {
        this.index = index;
        this.embeddings = embeddings;
        this.search = search;
    }

    /** Scores of one mode over all queries. */
    public record ModeResult(
            SearchMode mode,
            double ndcg10,
            double recall10,
            double recall100,
            double mrr10,
            double p50Millis,
            double p95Millis) {}

    /**
     * What an evaluation reports while it runs: the command line prints it, the API stores it. A listener may
     * throw to stop the evaluation; the scratch workspace is removed all the same.
     */
    public interface Progress {
        void indexed(int documents, int total);

        /** {@code queries} of {@code total} have run in this mode. */
        void searched(SearchMode mode, int queries, int total);
    }

    /** Parses mode names as the API and the command line take them; all three when none are named. */
    public static List<SearchMode> modes(List<String> names) {
        if (names == null || names.stream().allMatch(String::isBlank)) {
            return List.of(SearchMode.values());
        }
        return names.stream()
                .flatMap(name -> Arrays.stream(name.split(",")))
                .map(String::strip)
                .filter(name -> !name.isEmpty())
                .map(name -> Arrays.stream(SearchMode.values())
                        .filter(mode -> mode.name().equalsIgnoreCase(name))
                        .findFirst()
                        .orElseThrow(() -> new IllegalArgumentException(
                                "'%s' is not a search mode: use vector, keyword or hybrid.".formatted(name))))
                .distinct()
                .toList();
    }

    public List<ModeResult> evaluate(BeirDataset dataset, List<SearchMode> modes, Progress progress) {
        return evaluate(dataset, modes, WorkspaceId.random(), progress);
    }

    /** Evaluates in the given scratch workspace, whose id the caller may record to clean up after a crash. */
    public List<ModeResult> evaluate(
            BeirDataset dataset, List<SearchMode> modes, WorkspaceId scratch, Progress progress) {
        try {
            Map<DocumentId, String> ids = load(dataset, scratch, progress);
            index.settle(); // the latencies are those of a settled index, not of the minute after a bulk load
            List<ModeResult> results = new ArrayList<>();
            for (SearchMode mode : modes) {
                results.add(run(dataset, scratch, mode, ids, progress));
            }
            return results;
        } finally {
            removeScratch(scratch);
        }
    }

    /** Removes a scratch workspace's chunks, also one left behind by an evaluation a crash interrupted. */
    public void removeScratch(WorkspaceId scratch) {
        index.deleteWorkspace(scratch);
    }

    private Map<DocumentId, String> load(BeirDataset dataset, WorkspaceId scratch, Progress progress) {
        Map<DocumentId, String> ids = new HashMap<>();
        List<Map.Entry<String, BeirDataset.Passage>> all =
                new ArrayList<>(dataset.corpus().entrySet());
        for (int start = 0; start < all.size(); start += BATCH) {
            List<Map.Entry<String, BeirDataset.Passage>> batch =
                    all.subList(start, Math.min(all.size(), start + BATCH));
            List<Chunk> chunks = new ArrayList<>();
            for (var entry : batch) {
                DocumentId id =
                        new DocumentId(UUID.nameUUIDFromBytes(entry.getKey().getBytes(StandardCharsets.UTF_8)));
                ids.put(id, entry.getKey());
                String text = entry.getValue().text().isBlank()
                        ? entry.getValue().title()
                        : entry.getValue().text();
                chunks.add(new Chunk(
                        id, scratch, entry.getKey(), 0, text, entry.getValue().title(), 0, text.length()));
            }
            List<float[]> vectors = embeddings.embed(
                    chunks.stream().map(RankedSearch::embeddingText).toList());
            Map<DocumentId, List<IndexedChunk>> indexed = new LinkedHashMap<>();
            for (int i = 0; i < chunks.size(); i++) {
                indexed.put(chunks.get(i).documentId(), List.of(new IndexedChunk(chunks.get(i), vectors.get(i))));
            }
            index.replaceDocuments(indexed);
            progress.indexed(Math.min(all.size(), start + BATCH), all.size());
        }
        return ids;
    }

    private ModeResult run(
            BeirDataset dataset, WorkspaceId scratch, SearchMode mode, Map<DocumentId, String> ids, Progress progress) {
        double ndcg = 0, recall10 = 0, recall100 = 0, mrr = 0;
        List<Double> latencies = new ArrayList<>();
        int n = dataset.queries().size();
        progress.searched(mode, 0, n);
        for (var query : dataset.queries().entrySet()) {
            long started = System.nanoTime();
            List<RankedChunk> found = search.search(scratch, query.getValue(), DEPTH, mode);
            latencies.add((System.nanoTime() - started) / 1e6);
            List<String> ranked = new ArrayList<>();
            for (RankedChunk match : found) {
                String docId = ids.get(match.chunk().documentId());
                // BEIR drops a hit whose id equals the query's, and counts each document once
                if (docId != null && !docId.equals(query.getKey()) && !ranked.contains(docId)) {
                    ranked.add(docId);
                }
            }
            Map<String, Integer> judged = dataset.qrels().get(query.getKey());
            ndcg += RetrievalMetrics.ndcg(ranked, judged, 10);
            recall10 += RetrievalMetrics.recall(ranked, judged, 10);
            recall100 += RetrievalMetrics.recall(ranked, judged, 100);
            mrr += RetrievalMetrics.reciprocalRank(ranked, judged, 10);
            progress.searched(mode, latencies.size(), n);
        }
        latencies.sort(Double::compare);
        return new ModeResult(
                mode,
                ndcg / n,
                recall10 / n,
                recall100 / n,
                mrr / n,
                percentile(latencies, 50),
                percentile(latencies, 95));
    }

    private static double percentile(List<Double> sorted, int percent) {
        return sorted.isEmpty() ? 0 : sorted.get(Math.min(sorted.size() - 1, sorted.size() * percent / 100));
    }
}
