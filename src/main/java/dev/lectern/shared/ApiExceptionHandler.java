package dev.lectern.shared;

import java.net.URI;
import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.web.bind.MethodArgumentNotValidException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;

/**
 * Turns every error that leaves the REST API into a problem detail with a stable type.
 *
 * <p>Spring MVC's own exceptions (bad JSON, missing parts, size limits) keep their status codes; anything
 * unexpected becomes a 500 whose body says nothing about the server's internals.
 */
@RestControllerAdvice
class ApiExceptionHandler extends ResponseEntityExceptionHandler {

    private static final Logger log = LoggerFactory.getLogger(ApiExceptionHandler.class);

    @Override
    protected ResponseEntity<Object> handleHttpMessageNotReadable(
            HttpMessageNotReadableException ex, HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        ProblemDetail body = typed(
                ProblemDetail.forStatusAndDetail(status, "The request body is not valid JSON for this endpoint."),
                "malformed-request",
                "Malformed request");
        return handleExceptionInternal(ex, body, headers, status, request);
    }

    @Override
    protected ResponseEntity<Object> handleMethodArgumentNotValid(
            MethodArgumentNotValidException ex, HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        String detail = ex.getBindingResult().getFieldErrors().stream()
                .map(error -> "'" + error.getField() + "' " + error.getDefaultMessage())
                .sorted()
                .collect(Collectors.joining("; ", "Invalid request: ", "."));
        ProblemDetail body =
                typed(ProblemDetail.forStatusAndDetail(status, detail), "invalid-request", "Invalid request");
        return handleExceptionInternal(ex, body, headers, status, request);
    }

    @ExceptionHandler(MethodArgumentTypeMismatchException.class)
    ResponseEntity<ProblemDetail> typeMismatch(MethodArgumentTypeMismatchException ex) {
        String detail = "The value '%s' is not valid for '%s'.".formatted(ex.getValue(), ex.getName());
        return ResponseEntity.badRequest()
                .body(typed(
                        ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST, detail),
                        "invalid-parameter",
                        "Invalid parameter"));
    }

    @ExceptionHandler(Exception.class)
    ResponseEntity<ProblemDetail> unexpected(Exception ex) {
        log.error("Unexpected error while handling a request", ex);
        ProblemDetail body = typed(
                ProblemDetail.forStatusAndDetail(
                        HttpStatus.INTERNAL_SERVER_ERROR,
                        "Something went wrong on the server. The error has been logged; please try again."),
                "internal-error",
                "Internal error");
        return ResponseEntity.internalServerError().body(body);
    }

    @Override
    protected ResponseEntity<Object> createResponseEntity(
            Object body, HttpHeaders headers, HttpStatusCode statusCode, WebRequest request) {
        // Spring's own problems carry "about:blank"; give them a stable type derived from the status.
        if (body instanceof ProblemDetail problem && URI.create("about:blank").equals(problem.getType())) {
            HttpStatus status = HttpStatus.resolve(statusCode.value());
            String slug = status == null ? "error" : status.name().toLowerCase().replace('_', '-');
            problem.setType(URI.create(LecternProblem.TYPE_BASE + slug));
        }
        return super.createResponseEntity(body, headers, statusCode, request);
    }

    private static ProblemDetail typed(ProblemDetail problem, String slug, String title) {
        problem.setType(URI.create(LecternProblem.TYPE_BASE + slug));
        problem.setTitle(title);
        return problem;
    }
}
