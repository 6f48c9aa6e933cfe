package dev.lectern.studio;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class MapReduceSummariesTests {

    private final ScriptedChatModel model = new ScriptedChatModel();
    private final MapReduceSummaries summaries = new MapReduceSummaries(model, StudioFixtures.settings());

    @Test
    void aShortInputIsSummarisedInOneCallWithCitationsPerStatement() {
        model.reply("Refunds take 14 days [1]. Shipping is free [2]. We are the best.");

        Summary summary = summaries.summarize(
                PromptSet.DEFAULTS,
                StudioFixtures.sources("Refunds take 14 days.", "Shipping is free."),
                SummaryStyle.KEY_POINTS,
                80,
                6000,
                null);

        assertThat(summary.modelCalls()).isEqualTo(1);
        assertThat(model.lastPrompt().getUserMessage().getText())
                .contains("Key points", "about 80 words", "<source id=\"2\"");
        assertThat(summary.sentences()).extracting(CitedSentence::supported).containsExactly(true, true, false);
        assertThat(summary.citations()).extracting(Citation::number).containsExactly(1, 2);
    }

    @Test
    void aLongInputIsMappedInBatchesThatFitThenReducedKeepingTheSourceNumbers() {
        List<Source> sources = StudioFixtures.sources(
                "Alpha " + "a".repeat(150),
                "Bravo " + "b".repeat(150),
                "Charlie " + "c".repeat(150),
                "Delta " + "d".repeat(150),
                "Echo " + "e".repeat(150),
                "Foxtrot " + "f".repeat(150));
        model.reply(
                "Alpha and Bravo [1, 2].",
                "Charlie and Delta [3, 4].",
                "Echo and Foxtrot [5, 6].",
                "All six [1, 5]. Foxtrot ends it [6].");

        Summary summary =
                summaries.summarize(PromptSet.DEFAULTS, sources, SummaryStyle.EXECUTIVE_BRIEF, 100, 500, null);

        List<String> prompts =
                model.prompts().stream().map(p -> p.getUserMessage().getText()).toList();
        assertThat(prompts).hasSize(4);
        assertThat(prompts.get(0))
                .contains("<source id=\"1\"", "<source id=\"2\"")
                .doesNotContain("<source id=\"3\"");
        assertThat(prompts.get(2)).contains("<source id=\"5\"", "<source id=\"6\"");
        assertThat(prompts.subList(0, 3)).allMatch(p -> p.length() < 500 + 400, "source part within the budget");
        assertThat(prompts.get(3))
                .contains("Partial summaries", "Alpha and Bravo [1, 2].", "Charlie and Delta [3, 4].")
                .contains("Echo and Foxtrot [5, 6].")
                .doesNotContain("<source");
        assertThat(summary.modelCalls()).isEqualTo(4);
        assertThat(summary.text()).isEqualTo("All six [1, 5]. Foxtrot ends it [6].");
        assertThat(summary.citations())
                .extracting(Citation::chunkId)
                .containsExactly(
                        sources.get(0).chunk().chunkId(),
                        sources.get(4).chunk().chunkId(),
                        sources.get(5).chunk().chunkId());
        assertThat(summary.supportedShare()).isEqualTo(1.0);
    }

    @Test
    void packingKeepsOrderFitsTheBudgetAndPutsAtLeastTwoTogetherWhenReducing() {
        assertThat(MapReduceSummaries.pack(List.of("aaaa", "bbbb", "cccc"), 8, 1))
                .containsExactly(List.of("aaaa", "bbbb"), List.of("cccc"));
        assertThat(MapReduceSummaries.pack(List.of("aaaaaaaa", "bbbbbbbb", "cc"), 5, 1))
                .containsExactly(List.of("aaaaaaaa"), List.of("bbbbbbbb"), List.of("cc"));
        assertThat(MapReduceSummaries.pack(List.of("aaaaaaaa", "bbbbbbbb", "cc"), 5, 2))
                .containsExactly(List.of("aaaaaaaa", "bbbbbbbb"), List.of("cc"));
    }

    @Test
    void extractiveSummaryQuotesTheOpeningSentenceOfEachSourceUpToTheLength() {
        List<Source> sources = StudioFixtures.sources(
                "Refunds take 14 days. More text.", "Shipping is free above 50 euros. Other.", "Never reached.");

        Summary summary = ExtractiveSummaries.summarize(sources, SummaryStyle.KEY_POINTS, 8);

        assertThat(summary.mode()).isEqualTo(AnswerMode.EXTRACTIVE);
        assertThat(summary.text()).isEqualTo("Refunds take 14 days [1]. Shipping is free above 50 euros [2].");
    }
}
