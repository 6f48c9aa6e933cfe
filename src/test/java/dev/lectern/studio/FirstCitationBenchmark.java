package dev.lectern.studio;

import dev.lectern.documents.DocumentId;
import dev.lectern.embedding.CachedEmbeddings;
import dev.lectern.retrieval.BenchmarkIndexes;
import dev.lectern.retrieval.ChunkIndex;
import dev.lectern.retrieval.RankedChunk;
import dev.lectern.retrieval.RankedSearch;
import dev.lectern.retrieval.RetrievalSettings;
import dev.lectern.retrieval.SearchMode;
import dev.lectern.retrieval.evaluation.BeirDataset;
import dev.lectern.retrieval.evaluation.SciFactBenchmark;
import dev.lectern.retrieval.evaluation.SciFactToBeir;
import dev.lectern.workspaces.WorkspaceId;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Which source an extractive answer should cite first, fitted on SciFact's TRAIN claims and reported on TEST:
 * the first hybrid hit (what the product did), or the source whose best sentence matches the claim best, by
 * shared words or by the embedding model, with a penalty per retrieval rank fitted on train. Runs on the Lucene
 * adapter with cached embeddings (sentences in target/scifact-sentences.bin), without the application.
 *
 * <p>{@code java -cp ... dev.lectern.studio.FirstCitationBenchmark [sources per answer] [train claims] [semantic]}:
 * embedding every sentence of every source takes long on two cores, so the embedding variant runs only when
 * the third argument is {@code semantic}.
 */
public final class FirstCitationBenchmark {

    private static boolean embedSentences;

    private static final double[] PENALTIES = {0, 0.02, 0.05, 0.1, 0.15, 0.2, 0.3, 0.5, 1000};

    /** The candidate sources of one claim, best first, with their best-sentence scores. */
    record Claim(String id, List<String> documents, double[] lexical, double[] semantic) {}

    public static void main(String[] args) throws Exception {
        int sources = args.length > 0 ? Integer.parseInt(args[0]) : 5;
        int trainClaims = args.length > 1 ? Integer.parseInt(args[1]) : 809;
        embedSentences = args.length > 2 && args[2].equals("semantic");
        Path folder = SciFactToBeir.write(Path.of("target/scifact-beir"));
        BeirDataset test = BeirDataset.read(folder, "test");
        BeirDataset train = BeirDataset.read(folder, "train");
        WorkspaceId workspace = WorkspaceId.random();
        try (CachedEmbeddings embeddings = CachedEmbeddings.open(Path.of("target/scifact-embeddings.bin"));
                CachedEmbeddings sentences = CachedEmbeddings.open(Path.of("target/scifact-sentences.bin"));
                BenchmarkIndexes indexes = new BenchmarkIndexes()) {
            Map<DocumentId, String> ids = new HashMap<>();
            var batches = SciFactBenchmark.chunks(test, workspace, embeddings, ids);
            ChunkIndex index = indexes.open("lucene", "unused");
            batches.forEach(index::replaceDocuments);
            RankedSearch search = BenchmarkIndexes.search(embeddings, index);
            List<Claim> onTrain = claims(train, trainClaims, search, workspace, ids, embeddings, sentences, sources);
            sentences.save();
            List<Claim> onTest = claims(test, 300, search, workspace, ids, embeddings, sentences, sources);
            sentences.save();
            System.out.printf(
                    "%n| first citation (%d sources) | rank penalty (fitted on train) | train precision (%d claims) |"
                            + " test precision |%n|---|---:|---:|---:|%n",
                    sources, onTrain.size());
            report("first hit (rank order)", 1000, onTrain, onTest, train, test, false);
            report("shared words", fit(onTrain, train, false), onTrain, onTest, train, test, false);
            if (embedSentences) {
                report("embedding similarity", fit(onTrain, train, true), onTrain, onTest, train, test, true);
            }
        }
    }

    private static List<Claim> claims(
            BeirDataset data,
            int limit,
            RankedSearch search,
            WorkspaceId workspace,
            Map<DocumentId, String> ids,
            CachedEmbeddings embeddings,
            CachedEmbeddings sentences,
            int sources) {
        List<Claim> claims = new ArrayList<>();
        for (var query : data.queries().entrySet().stream().limit(limit).toList()) {
            List<RankedChunk> hits = search.search(workspace, query.getValue(), sources, SearchMode.HYBRID);
            Set<String> asked = ExtractiveAnswers.words(query.getValue());
            float[] claim = embeddings.embed(RetrievalSettings.BGE_QUERY_INSTRUCTION + query.getValue());
            List<String> documents = new ArrayList<>();
            double[] lexical = new double[hits.size()];
            double[] semantic = new double[hits.size()];
            for (int i = 0; i < hits.size(); i++) {
                documents.add(ids.get(hits.get(i).chunk().documentId()));
                List<String> split = Citations.sentences(hits.get(i).chunk().text());
                List<float[]> vectors = embedSentences ? sentences.embed(split) : null;
                for (int s = 0; s < split.size(); s++) {
                    long shared = ExtractiveAnswers.words(split.get(s)).stream()
                            .filter(asked::contains)
                            .count();
                    lexical[i] = Math.max(lexical[i], asked.isEmpty() ? 0 : (double) shared / asked.size());
                    if (vectors != null) {
                        semantic[i] = Math.max(semantic[i], BenchmarkIndexes.cosine(claim, vectors.get(s)));
                    }
                }
            }
            claims.add(new Claim(query.getKey(), documents, lexical, semantic));
        }
        return claims;
    }

    private static double fit(List<Claim> claims, BeirDataset data, boolean semantic) {
        double best = PENALTIES[0];
        for (double penalty : PENALTIES) {
            if (precision(claims, data, semantic, penalty) > precision(claims, data, semantic, best)) {
                best = penalty;
            }
        }
        return best;
    }

    private static double precision(List<Claim> claims, BeirDataset data, boolean semantic, double penalty) {
        int relevant = 0;
        for (Claim claim : claims) {
            double[] scores = semantic ? claim.semantic() : claim.lexical();
            int chosen = -1;
            for (int i = 0; i < scores.length; i++) {
                if (claim.lexical()[i] > 0
                        && (chosen < 0 || scores[i] - penalty * i > scores[chosen] - penalty * chosen)) {
                    chosen = i;
                }
            }
            if (chosen >= 0
                    && data.qrels()
                                    .get(claim.id())
                                    .getOrDefault(claim.documents().get(chosen), 0)
                            > 0) {
                relevant++;
            }
        }
        return (double) relevant / claims.size();
    }

    private static void report(
            String label,
            double penalty,
            List<Claim> onTrain,
            List<Claim> onTest,
            BeirDataset train,
            BeirDataset test,
            boolean semantic) {
        System.out.printf(
                Locale.ROOT,
                "| %s | %s | %.4f | %.4f |%n",
                label,
                penalty >= 1000 ? "-" : String.valueOf(penalty),
                precision(onTrain, train, semantic, penalty),
                precision(onTest, test, semantic, penalty));
    }

    private FirstCitationBenchmark() {}
}
