package dev.lectern.studio;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * Settings of the studio module.
 *
 * @param sources chunks retrieved and numbered as sources for one answer
 * @param minRelevance cosine similarity below which a chunk that no keyword matched is not evidence; a guess
 *     for bge-small (unrelated passages score about 0.4 to 0.5), not yet measured
 * @param historyTurns earlier question and answer pairs of a conversation put into a follow-up's prompt
 * @param maxQuestionLength longest question accepted, in characters
 * @param answerMaxTokens tokens the model may write for one answer
 * @param summaryMaxTokens tokens the model may write for one map or reduce step of a summary
 * @param summaryInputChars most characters of sources one summary prompt carries; lowered further to fit the
 *     model's context (about three characters a token)
 * @param summaryMaxSources most chunks one summary reads
 * @param supportSimilarity cosine similarity of a sentence and a chunk it cites below which the chunk does not
 *     back it (measured on SciFact, see {@code CitationCheckCalibration})
 * @param supportOverlap share of a sentence's content words its cited chunk must contain to back it (measured
 *     with the similarity)
 */
@ConfigurationProperties("lectern.studio")
@Validated
public record StudioSettings(
        @DefaultValue("5") @Min(1) @Max(20) int sources,
        @DefaultValue("0.5") double minRelevance,
        @DefaultValue("3") @Min(0) int historyTurns,
        @DefaultValue("2000") @Min(10) int maxQuestionLength,
        @DefaultValue("400") @Min(16) int answerMaxTokens,
        @DefaultValue("300") @Min(16) int summaryMaxTokens,
        @DefaultValue("6000") @Min(200) int summaryInputChars,
        @DefaultValue("400") @Min(1) int summaryMaxSources,
        @DefaultValue("0.57") double supportSimilarity,
        @DefaultValue("0.30") double supportOverlap) {

    /** Characters of sources per summary prompt that fit a context of this many tokens. */
    int summaryBudget(int contextTokens) {
        return Math.max(200, Math.min(summaryInputChars, (contextTokens - summaryMaxTokens - 300) * 3));
    }
}
