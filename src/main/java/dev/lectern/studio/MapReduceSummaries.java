package dev.lectern.studio;

import dev.lectern.generation.LecternChatOptions;
import dev.lectern.generation.ModelAvailability;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;
import org.springframework.ai.chat.client.ChatClient;
import org.springframework.ai.chat.model.ChatModel;
import org.springframework.ai.chat.prompt.Prompt;
import org.springframework.stereotype.Component;

/**
 * Summarises numbered sources with the model within its context: sources are packed into batches that fit,
 * each batch is summarised (map), and partial summaries are combined until one is left (reduce). Sources keep
 * their numbers across batches, so a citation in a partial summary still points to its chunk.
 */
@Component
class MapReduceSummaries {

    private final ChatModel model;
    private final ChatClient chat;
    private final StudioSettings settings;

    MapReduceSummaries(ChatModel model, StudioSettings settings) {
        this.model = model;
        this.chat = ChatClient.create(model);
        this.settings = settings;
    }

    /**
     * @param budgetChars characters of sources or partial summaries one prompt may carry
     * @param onText null, or gets the last call's text as it is written: the summary itself
     */
    Summary summarize(
            PromptSet templates,
            List<Source> sources,
            SummaryStyle style,
            int words,
            int budgetChars,
            Predicate<String> onText) {
        ModelAvailability.require(model);
        List<List<String>> batches =
                pack(sources.stream().map(SourceBlock::render).toList(), budgetChars, 1);
        int calls = 0;
        List<String> partials = new ArrayList<>();
        int partialWords = batches.size() == 1 ? words : Math.max(40, 2 * words / batches.size());
        for (List<String> batch : batches) {
            partials.add(call(
                    templates.render(
                            "summary-map",
                            Map.of(
                                    "style",
                                    style.instruction(),
                                    "words",
                                    String.valueOf(partialWords),
                                    "sources",
                                    String.join("\n", batch))),
                    batches.size() == 1 ? onText : null));
            calls++;
        }
        while (partials.size() > 1) {
            List<String> combined = new ArrayList<>();
            List<List<String>> groups = pack(partials, budgetChars, 2);
            for (List<String> group : groups) {
                combined.add(call(
                        templates.render(
                                "summary-reduce",
                                Map.of(
                                        "style",
                                        style.instruction(),
                                        "words",
                                        String.valueOf(words),
                                        "summaries",
                                        String.join("\n\n", group))),
                        groups.size() == 1 ? onText : null));
                calls++;
            }
            partials = combined;
        }
        var parsed = Citations.parse(partials.getFirst(), sources);
        return new Summary(
                AnswerMode.GENERATIVE,
                style,
                parsed.text(),
                parsed.sentences(),
                parsed.citations(),
                parsed.invalid(),
                sources.size(),
                calls);
    }

    /**
     * Packs texts in order into groups that fit the budget, each with at least {@code least} texts when there
     * are that many: reducing needs two per group to make progress.
     */
    static List<List<String>> pack(List<String> texts, int budgetChars, int least) {
        List<List<String>> groups = new ArrayList<>();
        List<String> current = new ArrayList<>();
        int size = 0;
        for (String text : texts) {
            if (current.size() >= least && size + text.length() > budgetChars) {
                groups.add(current);
                current = new ArrayList<>();
                size = 0;
            }
            current.add(text);
            size += text.length();
        }
        if (!current.isEmpty()) {
            groups.add(current);
        }
        return groups;
    }

    private String call(String text, Predicate<String> onText) {
        var options = LecternChatOptions.builder()
                .maxTokens(settings.summaryMaxTokens())
                .temperature(0.2)
                .build();
        return ModelText.write(chat, new Prompt(text, options), onText).strip();
    }
}
