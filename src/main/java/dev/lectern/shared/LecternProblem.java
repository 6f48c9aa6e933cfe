package dev.lectern.shared;

import java.net.URI;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.ErrorResponseException;

/**
 * An error a client can act on, rendered as an RFC 9457 problem detail with a stable {@code type}.
 *
 * <p>Modules subclass it for their own failures so that the web layer needs no per-exception mapping.
 */
public class LecternProblem extends ErrorResponseException {

    /** Base of every problem {@code type}; the slug after it is part of the API contract. */
    public static final String TYPE_BASE = "https://lectern.dev/problems/";

    public LecternProblem(HttpStatus status, String slug, String title, String detail) {
        super(status, problem(status, slug, title, detail), null);
    }

    private static ProblemDetail problem(HttpStatus status, String slug, String title, String detail) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, detail);
        problem.setType(URI.create(TYPE_BASE + slug));
        problem.setTitle(title);
        return problem;
    }

    public static LecternProblem notFound(String what, Object id) {
        String slug = what.toLowerCase().replace(' ', '-') + "-not-found";
        return new LecternProblem(
                HttpStatus.NOT_FOUND, slug, capitalize(what) + " not found", "No " + what + " has the id " + id + ".");
    }

    private static String capitalize(String text) {
        return Character.toUpperCase(text.charAt(0)) + text.substring(1);
    }
}
