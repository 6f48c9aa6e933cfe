package dev.lectern.openai.web;

import dev.lectern.generation.GeneratorStatus;
import dev.lectern.generation.TextGenerator;
import dev.lectern.studio.Answer;
import dev.lectern.studio.AnswerMode;
import dev.lectern.studio.AnswerQuestion;
import dev.lectern.studio.GroundedAnswers;
import dev.lectern.workspaces.WorkspaceId;
import org.springframework.stereotype.Component;

/**
 * Chat completions for a {@code workspace:<id>} model: the studio's grounded answer to the last user message,
 * with its citations. Written by the model when one is ready, else quoted from the sources (as the studio's AUTO
 * mode does). The studio picks the sampling and length of answers, so those request fields are not used here.
 */
@Component
class GroundedCompletions {

    private final GroundedAnswers answers;
    private final TextGenerator generator;

    GroundedCompletions(GroundedAnswers answers, TextGenerator generator) {
        this.answers = answers;
        this.generator = generator;
    }

    PreparedCompletion prepare(ChatCompletionRequest body, WorkspaceId workspace) {
        String question = ChatRequests.lastQuestion(ChatRequests.turns(body));
        if (ChatRequests.jsonSchema(body.responseFormat()) != null) {
            throw OpenAiErrors.invalid(
                    "'response_format' is not supported for workspace models: answers are text" + " with citations.");
        }
        var prepared = answers.prepare(new AnswerQuestion(workspace, question, null, null, AnswerMode.AUTO));
        return onText -> {
            Answer answer = answers.answer(prepared, onText);
            return new Completed(answer.text(), "stop", usage(question, answer.text()), answer.citations());
        };
    }

    /** The question and the answer as the model counts them; the sources in the prompt are not counted. */
    private ChatCompletions.Usage usage(String question, String answer) {
        if (generator.status().state() != GeneratorStatus.State.READY) {
            return null;
        }
        return ChatCompletions.Usage.of(generator.countTokens(question), generator.countTokens(answer));
    }
}
