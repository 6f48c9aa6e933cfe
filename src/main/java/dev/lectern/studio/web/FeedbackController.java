package dev.lectern.studio.web;

import dev.lectern.shared.LecternProblem;
import dev.lectern.studio.AnswerFeedback;
import java.util.List;
import java.util.UUID;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/** Thumbs up or down on an answer of a stored conversation, addressed by its number there (from 0). */
@RestController
class FeedbackController {

    private final AnswerFeedback feedback;

    FeedbackController(AnswerFeedback feedback) {
        this.feedback = feedback;
    }

    record FeedbackBody(String rating, String comment) {}

    @PutMapping("/api/v1/conversations/{id}/answers/{answer}/feedback")
    AnswerFeedback.Entry rate(@PathVariable UUID id, @PathVariable int answer, @RequestBody FeedbackBody body) {
        return feedback.rate(id, answer, rating(body.rating()), body.comment());
    }

    @GetMapping("/api/v1/conversations/{id}/feedback")
    List<AnswerFeedback.Entry> list(@PathVariable UUID id) {
        return feedback.of(id);
    }

    private static AnswerFeedback.Rating rating(String value) {
        if (value != null) {
            for (AnswerFeedback.Rating rating : AnswerFeedback.Rating.values()) {
                if (rating.name().equalsIgnoreCase(value.strip())) {
                    return rating;
                }
            }
        }
        throw new LecternProblem(
                HttpStatus.BAD_REQUEST, "invalid-feedback", "Invalid feedback", "Give 'rating' as \"up\" or \"down\".");
    }
}
