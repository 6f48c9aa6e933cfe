package dev.lectern.openai.web;

import dev.lectern.generation.GeneratorStatus;
import dev.lectern.generation.GeneratorUnavailable;
import dev.lectern.generation.TextGenerator;
import dev.lectern.identity.WorkspaceAccess;
import dev.lectern.workspaces.Role;
import dev.lectern.workspaces.WorkspaceId;
import dev.lectern.workspaces.Workspaces;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;

/**
 * The model ids of the OpenAI-compatible API. The active language model goes by its file name (and by the
 * alias {@value #ACTIVE_ALIAS}, which survives a model switch); {@value #EMBEDDING_MODEL} is the embedding model;
 * {@code workspace:<id>} is a virtual chat model that answers from that workspace's documents with citations. A
 * model id, not an extra request field, selects the workspace, because every client lets its user set the model.
 * A caller sees and may use only the workspaces they may read; any other workspace id is an unknown model (404),
 * so that the API does not even tell which workspaces exist.
 */
@Component
class OpenAiModels {

    static final String EMBEDDING_MODEL = "lectern-embed";
    static final String ACTIVE_ALIAS = "lectern";
    static final String WORKSPACE_PREFIX = "workspace:";

    /** One entry of GET /v1/models, as OpenAI lists models. */
    record Model(String id, String object, long created, String owned_by) {
        Model(String id, Instant created) {
            this(id, "model", created.getEpochSecond(), "lectern");
        }
    }

    private final TextGenerator generator;
    private final Workspaces workspaces;
    private final WorkspaceAccess access;
    private final Instant started = Instant.now();

    OpenAiModels(TextGenerator generator, Workspaces workspaces, WorkspaceAccess access) {
        this.generator = generator;
        this.workspaces = workspaces;
        this.access = access;
    }

    List<Model> list() {
        List<Model> models = new ArrayList<>();
        GeneratorStatus status = generator.status();
        if (status.state() == GeneratorStatus.State.READY) {
            models.add(new Model(status.model(), started));
        }
        models.add(new Model(EMBEDDING_MODEL, started));
        Authentication caller = SecurityContextHolder.getContext().getAuthentication();
        workspaces.findAllByOrderByCreatedAtAsc().stream()
                .filter(workspace -> access.permits(caller, workspace.id(), Role.VIEWER))
                .forEach(workspace ->
                        models.add(new Model(WORKSPACE_PREFIX + workspace.id().value(), workspace.createdAt())));
        return models;
    }

    /** Resolves a chat model id: 404 for an unknown one, 503 (saying what to do) when no model can generate. */
    ChatTarget chatTarget(String model) {
        if (model == null || model.isBlank()) {
            throw OpenAiErrors.invalid("'model' is required. GET /v1/models lists the models you can use.");
        }
        if (model.equals(EMBEDDING_MODEL)) {
            throw OpenAiErrors.invalid("'%s' is an embedding model; use POST /v1/embeddings.".formatted(model));
        }
        if (model.startsWith(WORKSPACE_PREFIX)) {
            WorkspaceId workspace = workspace(model);
            return new ChatTarget.Workspace(model, workspace);
        }
        GeneratorStatus status = generator.status();
        if (status.state() != GeneratorStatus.State.READY) {
            throw GeneratorUnavailable.of(status);
        }
        if (!model.equals(ACTIVE_ALIAS) && !model.equals(status.model())) {
            throw OpenAiErrors.modelNotFound(model);
        }
        return new ChatTarget.Generator(status.model());
    }

    void requireEmbeddingModel(String model) {
        if (!EMBEDDING_MODEL.equals(model)) {
            throw model == null || model.isBlank()
                    ? OpenAiErrors.invalid(
                            "'model' is required; the embedding model is '%s'.".formatted(EMBEDDING_MODEL))
                    : OpenAiErrors.modelNotFound(model);
        }
    }

    private WorkspaceId workspace(String model) {
        try {
            WorkspaceId id = new WorkspaceId(UUID.fromString(model.substring(WORKSPACE_PREFIX.length())));
            Authentication caller = SecurityContextHolder.getContext().getAuthentication();
            if (workspaces.exists(id) && access.permits(caller, id, Role.VIEWER)) {
                return id;
            }
        } catch (IllegalArgumentException e) {
            // not a UUID: no such workspace either
        }
        throw OpenAiErrors.modelNotFound(model);
    }
}
