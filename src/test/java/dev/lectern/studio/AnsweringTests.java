package dev.lectern.studio;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;

class AnsweringTests {

    private final ScriptedChatModel model = new ScriptedChatModel();
    private final Answering answering = new Answering(model, new AnswerPrompt(StudioFixtures.settings()));
    private final List<Source> sources =
            StudioFixtures.sources("Refunds are paid within 14 days.", "Shipping is free above 50 euros.");

    @Test
    void answersWithCitationsMappedToTheSources() {
        model.reply("Refunds are paid within 14 days [1]. Shipping is free above 50 euros [2].");

        Answer answer = answering.generate(PromptSet.DEFAULTS, "Refunds and shipping?", List.of(), sources, null);

        assertThat(answer.answered()).isTrue();
        assertThat(answer.mode()).isEqualTo(AnswerMode.GENERATIVE);
        assertThat(answer.citations())
                .extracting(Citation::chunkId)
                .containsExactly(
                        sources.get(0).chunk().chunkId(), sources.get(1).chunk().chunkId());
        assertThat(answer.supportedShare()).isEqualTo(1.0);
    }

    @Test
    void streamsThePiecesAndParsesTheWholeText() {
        model.reply("Refunds are paid within 14 days [1]. They are quick.");
        List<String> pieces = new ArrayList<>();

        Answer answer = answering.generate(PromptSet.DEFAULTS, "Refunds?", List.of(), sources, pieces::add);

        assertThat(String.join("", pieces)).isEqualTo("Refunds are paid within 14 days [1]. They are quick.");
        assertThat(pieces).hasSizeGreaterThan(3);
        assertThat(answer.sentences()).extracting(CitedSentence::supported).containsExactly(true, false);
        assertThat(answer.supportedShare()).isEqualTo(0.5);
    }

    @Test
    void theModelsRefusalBecomesTheNotAnsweredAnswerAndTheMarkerIsNeverStreamed() {
        model.reply(AnswerPrompt.REFUSAL_MARKER, " " + AnswerPrompt.REFUSAL_MARKER + ".");
        List<String> pieces = new ArrayList<>();

        Answer whole = answering.generate(PromptSet.DEFAULTS, "Who won the cup?", List.of(), sources, null);
        Answer streamed = answering.generate(PromptSet.DEFAULTS, "Who won the cup?", List.of(), sources, pieces::add);

        assertThat(whole.answered()).isFalse();
        assertThat(whole.text()).isEqualTo(Answering.NOT_ANSWERED);
        assertThat(whole.citations()).isEmpty();
        assertThat(streamed.answered()).isFalse();
        assertThat(pieces).containsExactly(Answering.NOT_ANSWERED);
    }

    @Test
    void withoutSourcesTheModelIsNotAskedAndTheAnswerSaysSo() {
        Answer answer = answering.generate(PromptSet.DEFAULTS, "Who won the cup?", List.of(), List.of(), null);

        assertThat(answer.answered()).isFalse();
        assertThat(model.prompts()).isEmpty();
    }

    @Test
    void textThatOnlyStartsLikeTheMarkerIsStreamedInFull() {
        model.reply("NOT every refund is paid [1].");
        List<String> pieces = new ArrayList<>();

        Answer answer = answering.generate(PromptSet.DEFAULTS, "Refunds?", List.of(), sources, pieces::add);

        assertThat(String.join("", pieces)).isEqualTo("NOT every refund is paid [1].");
        assertThat(answer.answered()).isTrue();
    }

    @Test
    void extractiveAnswerQuotesTheBestSentenceOfEachSourceWithItsNumber() {
        List<Source> found = StudioFixtures.sources(
                "We love customers. Refunds are paid within 14 days of the return.", "Shipping is free.");

        Answer answer = ExtractiveAnswers.answer("When are refunds paid?", found, null);

        assertThat(answer.mode()).isEqualTo(AnswerMode.EXTRACTIVE);
        assertThat(answer.text()).isEqualTo("Refunds are paid within 14 days of the return [1].");
        assertThat(answer.citations()).extracting(Citation::number).containsExactly(1);
    }

    @Test
    void everySourceGivenToTheModelIsKeptAsRetrievedCitedOrNot() {
        model.reply("Shipping is free above 50 euros [2].");

        Answer answer = answering.generate(PromptSet.DEFAULTS, "Shipping?", List.of(), sources, null);

        assertThat(answer.citations()).extracting(Citation::number).containsExactly(2);
        assertThat(answer.retrieved()).extracting(Citation::number).containsExactly(1, 2);
        assertThat(answer.retrieved().getFirst().passage()).isEqualTo("Refunds are paid within 14 days.");
    }

    @Test
    void anAnswerStoredBeforeRetrievedSourcesWereKeptReadsWithNone() {
        String stored = """
                {"conversationId":null,"mode":"GENERATIVE","answered":true,"text":"Quick [1].",
                 "sentences":[],"citations":[],"invalidCitations":[]}""";

        Answer answer = JsonMapper.builder().build().readValue(stored, Answer.class);

        assertThat(answer.retrieved()).isEmpty();
        assertThat(answer.text()).isEqualTo("Quick [1].");
    }
}
