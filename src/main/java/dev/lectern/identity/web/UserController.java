package dev.lectern.identity.web;

import dev.lectern.identity.audit.AuditEventType;
import dev.lectern.identity.audit.AuditLog;
import dev.lectern.identity.users.UserAccount;
import dev.lectern.identity.users.UserAccounts;
import dev.lectern.shared.LecternProblem;
import dev.lectern.workspaces.Role;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.net.URI;
import java.time.Instant;
import java.util.List;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.Authentication;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PatchMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** Administration of local accounts: create, list, change the global role, disable. */
@RestController
@RequestMapping("/api/v1/admin/users")
class UserController {

    private final UserAccounts accounts;
    private final PasswordEncoder encoder;
    private final AuditLog audit;

    UserController(UserAccounts accounts, PasswordEncoder encoder, AuditLog audit) {
        this.accounts = accounts;
        this.encoder = encoder;
        this.audit = audit;
    }

    @GetMapping
    List<UserView> list() {
        return accounts.all().stream().map(UserView::of).toList();
    }

    @PostMapping
    ResponseEntity<UserView> create(@Valid @RequestBody NewUser request, Authentication caller) {
        var account = new UserAccount(
                request.username(), encoder.encode(request.password()), request.role(), true, Instant.now());
        try {
            accounts.add(account);
        } catch (DuplicateKeyException taken) {
            throw new LecternProblem(
                    HttpStatus.CONFLICT, "username-taken", "Username taken", "A user with this name exists.");
        }
        audit.record(AuditEventType.USER_CREATED, caller.getName(), account.username() + " as " + account.role());
        return ResponseEntity.created(URI.create("/api/v1/admin/users/" + account.username()))
                .body(UserView.of(account));
    }

    /** Changes the role or the enabled flag; administrators cannot lock themselves out this way. */
    @PatchMapping("/{username}")
    UserView change(@PathVariable String username, @RequestBody Change change, Authentication caller) {
        UserAccount account = accounts.find(username).orElseThrow(() -> LecternProblem.notFound("user", username));
        boolean demotesOrDisablesSelf =
                (change.role() != null && change.role() != Role.ADMIN) || Boolean.FALSE.equals(change.enabled());
        if (username.equals(caller.getName()) && demotesOrDisablesSelf) {
            throw new LecternProblem(
                    HttpStatus.CONFLICT,
                    "own-account",
                    "Own account",
                    "Ask another administrator to change your own role or to disable you.");
        }
        var changed = new UserAccount(
                account.username(),
                account.passwordHash(),
                change.role() == null ? account.role() : change.role(),
                change.enabled() == null ? account.enabled() : change.enabled(),
                account.createdAt());
        accounts.update(changed);
        if (changed.role() != account.role()) {
            audit.record(
                    AuditEventType.ROLE_CHANGED,
                    caller.getName(),
                    username + ": " + account.role() + " -> " + changed.role());
        }
        if (changed.enabled() != account.enabled()) {
            audit.record(
                    changed.enabled() ? AuditEventType.USER_ENABLED : AuditEventType.USER_DISABLED,
                    caller.getName(),
                    username);
        }
        return UserView.of(changed);
    }

    record NewUser(
            @NotBlank @Pattern(regexp = "[A-Za-z0-9._@-]{1,100}")
            String username,

            @NotBlank @Size(min = 12, max = 200) String password,
            @NotNull Role role) {}

    record Change(Role role, Boolean enabled) {}

    record UserView(String username, Role role, boolean enabled, Instant createdAt) {
        static UserView of(UserAccount account) {
            return new UserView(account.username(), account.role(), account.enabled(), account.createdAt());
        }
    }
}
