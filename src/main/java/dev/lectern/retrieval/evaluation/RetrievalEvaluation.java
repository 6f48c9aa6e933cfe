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
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Consumer;
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

    public List<ModeResult> evaluate(BeirDataset dataset, List<SearchMode> modes, Consumer<String> progress) {
        WorkspaceId scratch = WorkspaceId.random();
        try {
            Map<DocumentId, String> ids = load(dataset, scratch, progress);
            List<ModeResult> results = new ArrayList<>();
            for (SearchMode mode : modes) {
                progress.accept("Running %d queries in %s mode"
                        .formatted(dataset.queries().size(), mode));
                results.add(run(dataset, scratch, mode, ids));
            }
            return results;
        } finally {
            index.deleteWorkspace(scratch);
        }
    }

    private Map<DocumentId, String> load(BeirDataset dataset, WorkspaceId scratch, Consumer<String> progress) {
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
            progress.accept("Indexed %d of %d documents".formatted(Math.min(all.size(), start + BATCH), all.size()));
        }
        return ids;
    }

    private ModeResult run(BeirDataset dataset, WorkspaceId scratch, SearchMode mode, Map<DocumentId, String> ids) {
        double ndcg = 0, recall10 = 0, recall100 = 0, mrr = 0;
        List<Double> latencies = new ArrayList<>();
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
        }
        int n = dataset.queries().size();
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
