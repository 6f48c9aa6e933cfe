package dev.lectern.studio;

import dev.lectern.generation.GeneratorUnavailable;
import dev.lectern.retrieval.SearchFilter;
import dev.lectern.shared.LecternProblem;
import java.util.List;
import java.util.function.Predicate;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Service;
import tools.jackson.databind.json.JsonMapper;

/** Answers questions from a workspace's documents with citations, and keeps the conversation. */
@Service
public class GroundedAnswers {

    private final DocumentChecks checks;
    private final Conversations conversations;
    private final SourceFinder sources;
    private final Answering answering;
    private final StudioSettings settings;
    private final JsonMapper json;
    private final WorkspacePrompts prompts;
    private final CitationCheck citationCheck;

    GroundedAnswers(
            DocumentChecks checks,
            Conversations conversations,
            SourceFinder sources,
            Answering answering,
            StudioSettings settings,
            JsonMapper json,
            WorkspacePrompts prompts,
            CitationCheck citationCheck) {
        this.prompts = prompts;
        this.citationCheck = citationCheck;
        this.checks = checks;
        this.conversations = conversations;
        this.sources = sources;
        this.answering = answering;
        this.settings = settings;
        this.json = json;
    }

    /** A checked question with its evidence, ready to be answered (so that checks fail before a stream opens). */
    public static final class Prepared {
        final AnswerQuestion question;
        final Conversation conversation;
        final List<Exchange> history;
        final List<Source> found;
        final PromptSet templates;

        Prepared(
                AnswerQuestion question,
                Conversation conversation,
                List<Exchange> history,
                List<Source> found,
                PromptSet templates) {
            this.templates = templates;
            this.question = question;
            this.conversation = conversation;
            this.history = history;
            this.found = found;
        }
    }

    public Answer answer(AnswerQuestion question) {
        return answer(prepare(question), null);
    }

    /** Checks the question and finds its evidence; 4xx problems for bad input. */
    public Prepared prepare(AnswerQuestion question) {
        String text = question.question() == null ? "" : question.question().strip();
        if (text.isEmpty()) {
            throw invalid("missing-question", "Missing question", "Give the question in 'question'.");
        }
        if (text.length() > settings.maxQuestionLength()) {
            throw invalid(
                    "question-too-long",
                    "Question too long",
                    "A question may have at most %d characters.".formatted(settings.maxQuestionLength()));
        }
        checks.requireSearchable(question.workspaceId(), question.documentIds());
        Conversation conversation = null;
        List<Exchange> history = List.of();
        String query = text;
        if (question.conversationId() != null) {
            conversation = conversations.require(question.conversationId());
            if (!conversation.workspaceId().equals(question.workspaceId().value())) {
                throw LecternProblem.notFound("conversation", question.conversationId());
            }
            history = conversations.lastExchanges(conversation.id(), settings.historyTurns());
            // a follow-up ("and for how long?") is searched together with the question it follows
            query = history.isEmpty() ? text : history.getLast().question() + " " + text;
        }
        SearchFilter filter = SearchFilter.workspace(question.workspaceId()).withDocuments(question.documentIds());
        return new Prepared(
                question, conversation, history, sources.find(filter, query), prompts.of(question.workspaceId()));
    }

    /** Writes the answer, streaming pieces to onText when it is not null, and stores the exchange. */
    public Answer answer(Prepared prepared, Predicate<String> onText) {
        String question = prepared.question.question().strip();
        Answer written = write(prepared, question, onText);
        Answer answer = written.checked(citationCheck.check(written.sentences(), prepared.found));
        var conversation = prepared.conversation != null
                ? prepared.conversation
                : conversations.start(prepared.question.workspaceId().value(), question);
        Answer stored = answer.inConversation(conversation.id());
        conversations.append(conversation.id(), question, stored.text(), json.writeValueAsString(stored));
        return stored;
    }

    private Answer write(Prepared prepared, String question, Predicate<String> onText) {
        AnswerMode mode = prepared.question.mode();
        if (mode == AnswerMode.EXTRACTIVE) {
            return ExtractiveAnswers.answer(question, prepared.found, onText);
        }
        try {
            return answering.generate(prepared.templates, question, prepared.history, prepared.found, onText);
        } catch (GeneratorUnavailable e) {
            if (mode == AnswerMode.GENERATIVE) {
                throw e;
            }
            // no model ready: quote the sources instead, labelled as extractive
            return ExtractiveAnswers.answer(question, prepared.found, onText);
        }
    }

    private static LecternProblem invalid(String slug, String title, String detail) {
        return new LecternProblem(HttpStatus.BAD_REQUEST, slug, title, detail);
    }
}
