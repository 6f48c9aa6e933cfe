package dev.lectern.identity.web;

import dev.lectern.identity.Caller;
import dev.lectern.identity.Scope;
import dev.lectern.identity.SecuritySettings;
import dev.lectern.identity.audit.AuditEventType;
import dev.lectern.identity.audit.AuditLog;
import dev.lectern.identity.keys.ApiKey;
import dev.lectern.identity.keys.ApiKeys;
import dev.lectern.shared.LecternProblem;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.Size;
import java.net.URI;
import java.time.Instant;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** The caller's own API keys: issue (the secret is in this response only), list, revoke. */
@RestController
@RequestMapping("/api/v1/api-keys")
class ApiKeyController {

    private final ApiKeys keys;
    private final SecuritySettings settings;
    private final AuditLog audit;

    ApiKeyController(ApiKeys keys, SecuritySettings settings, AuditLog audit) {
        this.keys = keys;
        this.settings = settings;
        this.audit = audit;
    }

    @PostMapping
    ResponseEntity<IssuedView> issue(@Valid @RequestBody NewKey request, Authentication caller) {
        Set<Scope> scopes = EnumSet.noneOf(Scope.class);
        for (String scope : request.scopes()) {
            try {
                scopes.add(Scope.of(scope));
            } catch (IllegalArgumentException unknown) {
                throw invalid("Unknown scope '" + scope + "'; use read, write, generate or admin.");
            }
        }
        Instant expiresAt =
                request.expiresAt() == null ? Instant.now().plus(settings.apiKeyLifetime()) : request.expiresAt();
        if (!expiresAt.isAfter(Instant.now())) {
            throw invalid("'expiresAt' must lie in the future.");
        }
        ApiKeys.Issued issued = keys.issue(caller.getName(), request.name().strip(), scopes, expiresAt);
        audit.record(
                AuditEventType.KEY_CREATED,
                caller.getName(),
                "key " + issued.key().id() + " '" + issued.key().name() + "' scopes " + scopes);
        return ResponseEntity.created(
                        URI.create("/api/v1/api-keys/" + issued.key().id()))
                .body(new IssuedView(KeyView.of(issued.key()), issued.secret()));
    }

    @GetMapping
    List<KeyView> list(Authentication caller) {
        return keys.ofUser(caller.getName()).stream().map(KeyView::of).toList();
    }

    /** Owners revoke their keys; administrators any key. */
    @DeleteMapping("/{id}")
    ResponseEntity<Void> revoke(@PathVariable UUID id, Authentication authentication) {
        Caller caller = Caller.of(authentication);
        ApiKey key = keys.find(id)
                .filter(found -> caller.isAdmin() || found.username().equals(caller.username()))
                .orElseThrow(() -> LecternProblem.notFound("API key", id));
        keys.revoke(key.id());
        audit.record(AuditEventType.KEY_REVOKED, caller.username(), "key " + key.id() + " of " + key.username());
        return ResponseEntity.noContent().build();
    }

    private static LecternProblem invalid(String detail) {
        return new LecternProblem(HttpStatus.BAD_REQUEST, "invalid-request", "Invalid request", detail);
    }

    record NewKey(
            @NotBlank @Size(max = 200) String name,
            @NotEmpty List<String> scopes,
            Instant expiresAt) {}

    record KeyView(
            UUID id,
            String name,
            String hint,
            List<String> scopes,
            Instant createdAt,
            Instant expiresAt,
            @Nullable Instant lastUsedAt,
            boolean revoked) {
        static KeyView of(ApiKey key) {
            return new KeyView(
                    key.id(),
                    key.name(),
                    key.hint(),
                    key.scopes().stream().map(Scope::value).toList(),
                    key.createdAt(),
                    key.expiresAt(),
                    key.lastUsedAt(),
                    key.revokedAt() != null);
        }
    }

    /** secret: shown once; send it as {@code Authorization: Bearer <secret>}. */
    record IssuedView(
            UUID id,
            String name,
            String hint,
            List<String> scopes,
            Instant createdAt,
            Instant expiresAt,
            String secret) {
        IssuedView(KeyView key, String secret) {
            this(key.id(), key.name(), key.hint(), key.scopes(), key.createdAt(), key.expiresAt(), secret);
        }
    }
}
