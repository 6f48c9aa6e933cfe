package dev.lectern.retrieval;

import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import java.nio.file.Path;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * Settings of the retrieval module.
 *
 * @param index which chunk index adapter holds the chunks
 * @param indexDir where the Lucene index lives (embedded mode)
 * @param defaultTopK results a search returns when the client names no k
 * @param maxTopK the largest k a client may ask for
 * @param queryInstruction text put before a query (not a passage) when it is embedded, as BGE models are
 *     trained for retrieval; empty for none
 * @param lucene settings of the Lucene adapter
 * @param fusion how hybrid mode fuses the vector and keyword rankings
 * @param feedback whether and how hybrid mode searches again with pseudo-relevance feedback
 */
@ConfigurationProperties("lectern.retrieval")
@Validated
public record RetrievalSettings(
        @DefaultValue("lucene") @NotNull IndexKind index,
        @NotNull Path indexDir,
        @DefaultValue("10") @Min(1) int defaultTopK,
        @DefaultValue("100") @Min(1) @Max(1000) int maxTopK,
        @DefaultValue(BGE_QUERY_INSTRUCTION) String queryInstruction,
        @DefaultValue @NotNull Lucene lucene,
        @DefaultValue @NotNull @Valid Fusion fusion,
        @DefaultValue @NotNull @Valid Feedback feedback) {

    /** BGE's retrieval instruction; on SciFact it lifts vector nDCG@10 from 0.7039 to 0.7136. */
    public static final String BGE_QUERY_INSTRUCTION = "Represent this sentence for searching relevant passages: ";

    /**
     * Settings of the Lucene adapter.
     *
     * @param quantization how vectors are stored in the HNSW graph; int8 keeps a quarter of the memory (see
     *     LuceneChunkIndex for what it costs on SciFact)
     */
    public record Lucene(@DefaultValue("none") @NotNull VectorQuantization quantization) {}

    /**
     * Weighted reciprocal rank fusion: a chunk scores the sum over the two rankings of weight / (k + rank). The
     * defaults were fitted on SciFact's 809 train claims only (FusionFitBenchmark, best mean train nDCG@10 of
     * both adapters); on the 300 test claims they lift hybrid nDCG@10 from 0.7231 to 0.7295 (Lucene) and from
     * 0.7255 to 0.7281 (pgvector) over the unweighted k=60 with 50 candidates.
     *
     * @param k the rank constant: small values let the first places of each ranking count more
     * @param vectorWeight weight of the vector ranking
     * @param keywordWeight weight of the keyword ranking
     * @param candidates chunks each stage hands to fusion (at least the k asked for): fusion can only promote
     *     what a stage found
     */
    public record Fusion(
            @DefaultValue("10") @Min(1) int k,
            @DefaultValue("0.65") @DecimalMin("0") double vectorWeight,
            @DefaultValue("0.35") @DecimalMin("0") double keywordWeight,
            @DefaultValue("100") @Min(1) @Max(1000) int candidates) {}

    /**
     * Pseudo-relevance feedback in hybrid mode: the best chunks of the first fused ranking are taken as relevant,
     * the query vector moves toward their mean (Rocchio on vectors) and the keyword query gains their most
     * telling words (RM3-like, see {@link KeywordFeedback}); both stages search again and their new rankings are
     * fused with the same rank constant. No extra embedding: the chunks' stored vectors are read. The defaults
     * were fitted on SciFact's 809 train claims only (FeedbackFitBenchmark, KeywordFeedbackFit; see README).
     *
     * @param enabled whether hybrid mode runs the second pass (off: one pass, as before)
     * @param vectorChunks first-pass chunks whose mean vector the query moves toward (0: no second vector search)
     * @param vectorRatio how far the query moves: unit(q) + ratio * mean of the chunks' unit vectors
     * @param keywordChunks first-pass chunks whose words expand the keyword query (0: no second keyword search)
     * @param keywordTerms words added to the keyword query at most
     * @param keywordWeight the added words' share of the keyword query; its own words keep the rest
     * @param vectorWeight weight of the second vector ranking in the second fusion; the keyword ranking gets 1
     *     minus it
     */
    public record Feedback(
            @DefaultValue("true") boolean enabled,
            @DefaultValue("1") @Min(0) @Max(20) int vectorChunks,
            @DefaultValue("0.2") @DecimalMin("0") double vectorRatio,
            @DefaultValue("2") @Min(0) @Max(20) int keywordChunks,
            @DefaultValue("40") @Min(0) @Max(40) int keywordTerms,

            @DefaultValue("0.2") @DecimalMin("0") @DecimalMax("1")
            double keywordWeight,

            @DefaultValue("0.5") @DecimalMin("0") @DecimalMax("1")
            double vectorWeight) {

        /** One pass, as without feedback. */
        public static final Feedback OFF = new Feedback(false, 0, 0, 0, 0, 0, 1);
    }

    /** How the Lucene adapter stores vectors: as given, or scalar-quantized to 8 bits per dimension. */
    public enum VectorQuantization {
        NONE,
        INT8
    }

    /** The two chunk index adapters. */
    public enum IndexKind {
        LUCENE,
        PGVECTOR
    }
}
