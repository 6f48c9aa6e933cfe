package dev.lectern.generation.llamacpp;

import dev.lectern.shared.LecternProblem;
import org.springframework.http.HttpStatus;

/** A file that is not a GGUF model llama.cpp can load safely; the detail says what is wrong with it. */
public class InvalidModelFile extends LecternProblem {

    public InvalidModelFile(String detail) {
        super(HttpStatus.UNPROCESSABLE_CONTENT, "invalid-model-file", "Invalid model file", detail);
    }
}
