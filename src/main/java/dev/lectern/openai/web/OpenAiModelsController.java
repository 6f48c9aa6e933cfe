package dev.lectern.openai.web;

import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

/** GET /v1/models: what a client may put in {@code model}. */
@RestController
@Tag(name = "OpenAI-compatible", description = "For existing OpenAI clients: base URL /v1")
class OpenAiModelsController {

    private final OpenAiModels models;

    OpenAiModelsController(OpenAiModels models) {
        this.models = models;
    }

    /** OpenAI's list envelope. */
    record OpenAiModelList(String object, List<OpenAiModels.Model> data) {}

    @GetMapping("/v1/models")
    OpenAiModelList list() {
        return new OpenAiModelList("list", models.list());
    }

    @GetMapping("/v1/models/{id}")
    OpenAiModels.Model get(@PathVariable String id) {
        return models.list().stream()
                .filter(model -> model.id().equals(id))
                .findFirst()
                .orElseThrow(() -> OpenAiErrors.modelNotFound(id));
    }
}
