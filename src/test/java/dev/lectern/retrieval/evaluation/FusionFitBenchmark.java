package dev.lectern.retrieval.evaluation;

import dev.lectern.documents.DocumentId;
import dev.lectern.embedding.CachedEmbeddings;
import dev.lectern.ingestion.Chunk;
import dev.lectern.retrieval.BenchmarkIndexes;
import dev.lectern.retrieval.ChunkIndex;
import dev.lectern.retrieval.ChunkMatch;
import dev.lectern.retrieval.IndexedChunk;
import dev.lectern.retrieval.RetrievalSettings;
import dev.lectern.workspaces.WorkspaceId;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Fits hybrid fusion honestly: every candidate setting is scored on SciFact's 809 TRAIN claims, the setting is
 * chosen by train nDCG@10 alone (mean over the backends run), and the 300 TEST claims are printed beside it only
 * to report. Backends: {@code lucene}, {@code pgvector}, and {@code lucene-onefield} (the title folded into the
 * passage field instead of BM25's separate, down-weighted breadcrumb field; the vectors stay the same).
 *
 * <p>{@code java -cp ... dev.lectern.retrieval.evaluation.FusionFitBenchmark [lucene,pgvector]}
 */
public final class FusionFitBenchmark {

    private static final int DEPTH = 100;

    /** The stage lists of one backend for every query of a split. */
    record Lists(Map<String, List<ChunkMatch>> vector, Map<String, List<ChunkMatch>> keyword) {}

    /** nDCG@10 and P@1 of one fusion on one backend, on each split. */
    record Scores(double train, double test, double trainTop, double testTop) {}

    public static void main(String[] args) throws Exception {
        List<String> backends = List.of((args.length > 0 ? args[0] : "lucene,pgvector").split(","));
        Path folder = SciFactToBeir.write(Path.of("target/scifact-beir"));
        BeirDataset test = BeirDataset.read(folder, "test");
        BeirDataset train = BeirDataset.read(folder, "train");
        WorkspaceId workspace = WorkspaceId.random();
        List<FusionCandidates.Fusion> fusions = FusionCandidates.grid();
        Map<String, Map<String, Scores>> byBackend = new LinkedHashMap<>();
        try (CachedEmbeddings embeddings = CachedEmbeddings.open(Path.of("target/scifact-embeddings.bin"));
                BenchmarkIndexes indexes = new BenchmarkIndexes()) {
            Map<DocumentId, String> ids = new HashMap<>();
            var batches = SciFactBenchmark.chunks(test, workspace, embeddings, ids);
            List<String> queries = new ArrayList<>();
            train.queries().values().forEach(q -> queries.add(RetrievalSettings.BGE_QUERY_INSTRUCTION + q));
            test.queries().values().forEach(q -> queries.add(RetrievalSettings.BGE_QUERY_INSTRUCTION + q));
            long started = System.nanoTime();
            embeddings.embed(queries);
            embeddings.save();
            System.out.printf(Locale.ROOT, "(queries embedded or read in %.1f s)%n", seconds(started));
            for (String backend : backends) {
                started = System.nanoTime();
                Lists trainLists = cached(backend, train);
                Lists testLists = cached(backend, test);
                if (trainLists == null || testLists == null) {
                    ChunkIndex index = indexes.open(backend.startsWith("lucene") ? "lucene" : backend, "rq_fusion_fit");
                    try {
                        boolean oneField = backend.equals("lucene-onefield");
                        batches.forEach(batch -> index.replaceDocuments(oneField ? titleInPassage(batch) : batch));
                        trainLists = search(backend, index, workspace, train, embeddings);
                        testLists = search(backend, index, workspace, test, embeddings);
                    } finally {
                        index.deleteWorkspace(workspace);
                    }
                }
                System.out.printf(Locale.ROOT, "(%s: stage lists in %.1f s)%n", backend, seconds(started));
                Map<String, Scores> scores = new LinkedHashMap<>();
                for (FusionCandidates.Fusion fusion : fusions) {
                    double[] onTrain = score(train, trainLists, fusion, ids);
                    double[] onTest = score(test, testLists, fusion, ids);
                    scores.put(fusion.name(), new Scores(onTrain[0], onTest[0], onTrain[1], onTest[1]));
                }
                byBackend.put(backend, scores);
                FusionFitReport.print(fusions, Map.of(backend, scores));
                System.out.printf(Locale.ROOT, "(%s: fitted in %.1f s)%n", backend, seconds(started));
            }
        }
        FusionFitReport.print(fusions, byBackend);
    }

    /** The BM25 variant Anserini calls title+text as one field: the breadcrumb moves into the passage. */
    private static Map<DocumentId, List<IndexedChunk>> titleInPassage(Map<DocumentId, List<IndexedChunk>> batch) {
        Map<DocumentId, List<IndexedChunk>> moved = new LinkedHashMap<>();
        batch.forEach((id, chunks) -> moved.put(
                id,
                chunks.stream()
                        .map(indexed -> {
                            Chunk c = indexed.chunk();
                            String text = c.headingPath() + "\n" + c.text();
                            return new IndexedChunk(
                                    new Chunk(
                                            c.documentId(),
                                            c.workspaceId(),
                                            c.documentName(),
                                            0,
                                            text,
                                            "",
                                            0,
                                            text.length()),
                                    indexed.embedding());
                        })
                        .toList()));
        return moved;
    }

    static Path listFile(String backend, BeirDataset data, String stage) {
        return Path.of("target/fusion-fit/%s-%d-%s.tsv"
                .formatted(backend, data.queries().size(), stage));
    }

    static Lists cached(String backend, BeirDataset data) throws IOException {
        var vector = StageListCache.read(listFile(backend, data, "vector"));
        var keyword = StageListCache.read(listFile(backend, data, "keyword"));
        return vector == null || keyword == null ? null : new Lists(vector, keyword);
    }

    static Lists search(
            String backend, ChunkIndex index, WorkspaceId workspace, BeirDataset data, CachedEmbeddings embeddings)
            throws IOException {
        Map<String, List<ChunkMatch>> vector = new HashMap<>();
        Map<String, List<ChunkMatch>> keyword = new HashMap<>();
        for (var query : data.queries().entrySet()) {
            float[] embedded = embeddings.embed(RetrievalSettings.BGE_QUERY_INSTRUCTION + query.getValue());
            vector.put(query.getKey(), index.nearest(workspace, embedded, DEPTH));
            keyword.put(query.getKey(), index.keyword(workspace, query.getValue(), DEPTH));
        }
        StageListCache.write(listFile(backend, data, "vector"), vector);
        StageListCache.write(listFile(backend, data, "keyword"), keyword);
        return new Lists(vector, keyword);
    }

    /** nDCG@10 and the share of queries whose first document is relevant (what a first citation can reach). */
    private static double[] score(
            BeirDataset data, Lists lists, FusionCandidates.Fusion fusion, Map<DocumentId, String> ids) {
        Map<String, List<DocumentId>> rankings = new LinkedHashMap<>();
        for (String id : data.queries().keySet()) {
            rankings.put(id, fusion.rank(lists.vector().get(id), lists.keyword().get(id)));
        }
        return FeedbackFitBenchmark.score(data, rankings, ids);
    }

    private static double seconds(long since) {
        return (System.nanoTime() - since) / 1e9;
    }

    private FusionFitBenchmark() {}
}
