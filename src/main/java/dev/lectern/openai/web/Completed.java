package dev.lectern.openai.web;

import dev.lectern.studio.Citation;
import java.util.List;

/**
 * A finished completion.
 *
 * @param finishReason "stop", or "length" when the output used every token it was allowed
 * @param usage tokens read and written; null when they cannot be counted (no model to count them)
 * @param citations the sources of a grounded answer; null for the language model alone
 */
record Completed(String text, String finishReason, ChatCompletions.Usage usage, List<Citation> citations) {}
