package dev.lectern.retrieval;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.context.properties.source.MapConfigurationPropertySource;

class ReciprocalRankFusionTests {

    @Test
    void theHeavierRankingDecidesBetweenChunksTheTwoRankingsOrderOppositely() {
        List<ChunkMatch> byVector = matches("a", "b");
        List<ChunkMatch> byKeyword = matches("b", "a");

        assertThat(texts(ReciprocalRankFusion.fuse(byVector, byKeyword, 2, 60, 0.6, 0.4)))
                .containsExactly("a", "b");
        assertThat(texts(ReciprocalRankFusion.fuse(byVector, byKeyword, 2, 60, 0.4, 0.6)))
                .containsExactly("b", "a");
    }

    @Test
    void aSmallConstantLetsAFirstPlaceBeatAChunkBothRankingsPutFourth() {
        List<ChunkMatch> byVector = matches("first", "v2", "v3", "both");
        List<ChunkMatch> byKeyword = matches("k1", "k2", "k3", "both");

        assertThat(texts(ReciprocalRankFusion.fuse(byVector, byKeyword, 1, 60, 1, 1)))
                .containsExactly("both");
        assertThat(texts(ReciprocalRankFusion.fuse(byVector, byKeyword, 2, 1, 1, 1)))
                .containsExactlyInAnyOrder("first", "k1");
    }

    @Test
    void fusedScoreIsTheWeightedSumOfReciprocalRanksAndKeepsEachStagesScore() {
        RankedChunk fused = ReciprocalRankFusion.fuse(
                        matches("x"), matches("y", "x"), 1, new RetrievalSettings.Fusion(10, 0.5, 0.25, 50))
                .getFirst();

        assertThat(fused.chunk().text()).isEqualTo("x");
        assertThat(fused.score()).isCloseTo(0.5 / 11 + 0.25 / 12, org.assertj.core.data.Offset.offset(1e-12));
        assertThat(fused.vectorScore()).isEqualTo(1.0);
        assertThat(fused.keywordScore()).isEqualTo(0.5);
    }

    @Test
    void fusionIsConfiguredUnderLecternRetrievalFusion() {
        RetrievalSettings.Fusion configured = new Binder(new MapConfigurationPropertySource(Map.of(
                        "lectern.retrieval.fusion.k", "20",
                        "lectern.retrieval.fusion.vector-weight", "0.7",
                        "lectern.retrieval.fusion.keyword-weight", "0.3",
                        "lectern.retrieval.fusion.candidates", "80")))
                .bindOrCreate("lectern.retrieval.fusion", RetrievalSettings.Fusion.class);

        assertThat(configured).isEqualTo(new RetrievalSettings.Fusion(20, 0.7, 0.3, 80));
    }

    @Test
    void defaultsAreTheSettingsFittedOnSciFactTrainClaims() {
        assertThat(BenchmarkIndexes.defaultFusion()).isEqualTo(new RetrievalSettings.Fusion(10, 0.65, 0.35, 100));
    }

    /** Chunks ranked in the given order, the first scoring 1 and each next one half the one before. */
    private static List<ChunkMatch> matches(String... texts) {
        return Arrays.stream(texts)
                .map(text -> ShapingFixtures.ranked(
                                text.hashCode(),
                                text,
                                1.0 / (1 << Arrays.asList(texts).indexOf(text)))
                        .chunk())
                .toList();
    }

    private static List<String> texts(List<RankedChunk> fused) {
        return fused.stream().map(r -> r.chunk().text()).toList();
    }
}
