package dev.lectern.documents.web;

import dev.lectern.documents.DocumentsSettings;
import dev.lectern.shared.LecternProblem;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.util.unit.DataSize;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.multipart.MaxUploadSizeExceededException;

/** Tells a user whose file is too large what the limit is, instead of a bare 413. */
@RestControllerAdvice
@Order(Ordered.HIGHEST_PRECEDENCE)
class UploadLimitAdvice {

    private final DocumentsSettings settings;

    UploadLimitAdvice(DocumentsSettings settings) {
        this.settings = settings;
    }

    @ExceptionHandler(MaxUploadSizeExceededException.class)
    ProblemDetail tooLarge(MaxUploadSizeExceededException ex) {
        return new LecternProblem(
                        HttpStatus.CONTENT_TOO_LARGE,
                        "file-too-large",
                        "File too large",
                        "The file is larger than the upload limit of %s.".formatted(readable(settings.maxUploadSize())))
                .getBody();
    }

    static String readable(DataSize size) {
        long bytes = size.toBytes();
        if (bytes >= 1024 * 1024) {
            return "%.0f MB".formatted(bytes / (1024.0 * 1024.0));
        }
        return bytes >= 1024 ? "%.0f KB".formatted(bytes / 1024.0) : bytes + " bytes";
    }
}
