package dev.lectern.studio;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class CitationsTests {

    private final List<Source> sources = StudioFixtures.sources(
            "Refunds are paid within 14 days.", "Shipping is free above 50 euros.", "Support answers in a day.");

    @Test
    void mapsEachCitationToTheChunkWithDocumentPageHeadingAndPassage() {
        var parsed = Citations.parse("Refunds take 14 days [1]. Shipping is free above 50 euros [2, 1].", sources);

        assertThat(parsed.sentences()).extracting(CitedSentence::citations).containsExactly(List.of(1), List.of(2, 1));
        assertThat(parsed.citations()).extracting(Citation::number).containsExactly(1, 2);
        Citation first = parsed.citations().getFirst();
        assertThat(first.chunkId()).isEqualTo(sources.get(0).chunk().chunkId());
        assertThat(first.documentName()).isEqualTo("doc1.pdf");
        assertThat(first.location().number()).isEqualTo(2);
        assertThat(first.headingPath()).isEqualTo("Policies > Refunds");
        assertThat(first.passage()).isEqualTo("Refunds are paid within 14 days.");
        assertThat(parsed.invalid()).isEmpty();
    }

    @Test
    void dropsCitationsToNumbersThatWereNotGivenAndReportsThem() {
        var parsed = Citations.parse("Refunds take 14 days [1, 7]. Delivery takes a week [9].", sources);

        assertThat(parsed.text()).isEqualTo("Refunds take 14 days [1]. Delivery takes a week.");
        assertThat(parsed.invalid()).containsExactly(7, 9);
        assertThat(parsed.sentences().get(1).supported()).isFalse();
        assertThat(parsed.citations()).extracting(Citation::number).containsExactly(1);
    }

    @Test
    void flagsSentencesWithoutCitationAsUnsupported() {
        var parsed =
                Citations.parse("Refunds take 14 days [1]. The moon is made of cheese! Support is fast [3].", sources);

        assertThat(parsed.sentences()).extracting(CitedSentence::supported).containsExactly(true, false, true);
        assertThat(parsed.sentences().get(1).text()).isEqualTo("The moon is made of cheese!");
    }

    @Test
    void aMarkerAfterTheFullStopBelongsToTheSentenceBeforeIt() {
        var parsed = Citations.parse("Refunds take 14 days. [1] Shipping is free. [2][3]", sources);

        assertThat(parsed.sentences()).hasSize(2);
        assertThat(parsed.sentences().get(0).citations()).containsExactly(1);
        assertThat(parsed.sentences().get(1).citations()).containsExactly(2, 3);
    }
}
