package dev.lectern.openai.web;

import dev.lectern.shared.LecternProblem;
import java.net.URI;
import java.util.LinkedHashMap;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.web.ErrorResponse;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/**
 * Errors of the OpenAI-compatible endpoints in OpenAI's shape, {@code {"error":{"message","type","param","code"}}},
 * because its clients read that and not problem details. The status and headers (Retry-After) stay as the
 * module that failed set them; the code is the problem's stable slug in snake case.
 */
@RestControllerAdvice(basePackageClasses = OpenAiErrors.class)
@Order(Ordered.HIGHEST_PRECEDENCE)
class OpenAiErrors {

    private static final Logger log = LoggerFactory.getLogger(OpenAiErrors.class);

    static LecternProblem invalid(String detail) {
        return new LecternProblem(HttpStatus.BAD_REQUEST, "invalid-request", "Invalid request", detail);
    }

    static LecternProblem modelNotFound(String model) {
        return new LecternProblem(
                HttpStatus.NOT_FOUND,
                "model-not-found",
                "Model not found",
                "The model '%s' does not exist. GET /v1/models lists the models you can use.".formatted(model));
    }

    @ExceptionHandler(Exception.class)
    ResponseEntity<Map<String, Object>> handle(Exception exception) {
        if (exception instanceof ErrorResponse failure) {
            return ResponseEntity.status(failure.getStatusCode())
                    .headers(failure.getHeaders())
                    .contentType(MediaType.APPLICATION_JSON)
                    .body(body(failure));
        }
        if (exception instanceof HttpMessageNotReadableException) {
            return respond(
                    HttpStatus.BAD_REQUEST,
                    HttpHeaders.EMPTY,
                    "The request body is not valid JSON for this endpoint.",
                    "malformed_request");
        }
        log.error("Unexpected error in the OpenAI-compatible API", exception);
        return respond(
                HttpStatus.INTERNAL_SERVER_ERROR,
                HttpHeaders.EMPTY,
                "Something went wrong on the server. The error has been logged; please try again.",
                "internal_error");
    }

    /** The error as OpenAI writes it, also sent as the last event of a stream that fails. */
    static Map<String, Object> body(ErrorResponse failure) {
        HttpStatus status = HttpStatus.valueOf(failure.getStatusCode().value());
        ProblemDetail problem = failure.getBody();
        return body(status, problem.getDetail(), code(problem.getType(), status));
    }

    static Map<String, Object> body(HttpStatus status, String message, String code) {
        Map<String, Object> error = new LinkedHashMap<>();
        error.put("message", message);
        error.put("type", type(status));
        error.put("param", null);
        error.put("code", code);
        return Map.of("error", error);
    }

    private static ResponseEntity<Map<String, Object>> respond(
            HttpStatus status, HttpHeaders headers, String message, String code) {
        return ResponseEntity.status(status)
                .headers(headers)
                .contentType(MediaType.APPLICATION_JSON)
                .body(body(status, message, code));
    }

    /** The error types OpenAI's clients know, chosen by status as OpenAI does. */
    static String type(HttpStatus status) {
        return switch (status) {
            case UNAUTHORIZED -> "authentication_error";
            case FORBIDDEN -> "permission_error";
            case TOO_MANY_REQUESTS -> "rate_limit_error";
            default -> status.is4xxClientError() ? "invalid_request_error" : "server_error";
        };
    }

    private static String code(URI type, HttpStatus status) {
        String text = type == null ? "" : type.toString();
        String slug = text.startsWith(LecternProblem.TYPE_BASE)
                ? text.substring(LecternProblem.TYPE_BASE.length())
                : status.name().toLowerCase();
        return slug.replace('-', '_');
    }
}
