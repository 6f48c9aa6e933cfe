package dev.lectern.identity.web;

import dev.lectern.identity.Caller;
import dev.lectern.identity.SecuritySettings;
import dev.lectern.identity.audit.AuditEventType;
import dev.lectern.identity.audit.AuditLog;
import dev.lectern.identity.sso.SingleSignOn;
import dev.lectern.shared.LecternProblem;
import dev.lectern.workspaces.WorkspaceMembers;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.authentication.AuthenticationManager;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.context.SecurityContextRepository;
import org.springframework.security.web.csrf.CsrfToken;
import org.springframework.security.web.csrf.CsrfTokenRepository;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** Browser sign-in: a session cookie, and an XSRF-TOKEN cookie whose value unsafe requests echo. */
@RestController
@RequestMapping("/api/v1/session")
class SessionController {

    private final AuthenticationManager authentication;
    private final SecurityContextRepository contexts;
    private final CsrfTokenRepository csrfTokens;
    private final WorkspaceMembers members;
    private final AuditLog audit;
    private final boolean singleSignOn;

    SessionController(
            AuthenticationManager authentication,
            SecurityContextRepository contexts,
            CsrfTokenRepository csrfTokens,
            WorkspaceMembers members,
            AuditLog audit,
            SecuritySettings settings) {
        this.singleSignOn = settings.oidc().enabled();
        this.authentication = authentication;
        this.contexts = contexts;
        this.csrfTokens = csrfTokens;
        this.members = members;
        this.audit = audit;
    }

    @PostMapping
    SessionView signIn(
            @Valid @RequestBody Credentials credentials, HttpServletRequest request, HttpServletResponse response) {
        Authentication signedIn;
        try {
            signedIn = authentication.authenticate(UsernamePasswordAuthenticationToken.unauthenticated(
                    credentials.username(), credentials.password()));
        } catch (AuthenticationException wrongOrDisabled) {
            String attempted = credentials.username().length() <= 100 ? credentials.username() : null;
            audit.record(AuditEventType.SIGN_IN_FAILED, attempted, "from " + request.getRemoteAddr());
            // the same answer for an unknown user, a wrong password and a disabled account
            throw new LecternProblem(
                    HttpStatus.UNAUTHORIZED, "sign-in-failed", "Sign-in failed", "Wrong username or password.");
        }
        HttpSession old = request.getSession(false);
        if (old != null) {
            old.invalidate(); // a session id known before sign-in must not carry the signed-in user
        }
        request.getSession(true);
        var context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(signedIn);
        SecurityContextHolder.setContext(context);
        contexts.saveContext(context, request, response);
        csrfTokens.saveToken(csrfTokens.generateToken(request), request, response);
        audit.record(AuditEventType.SIGN_IN, signedIn.getName(), "session from " + request.getRemoteAddr());
        return view(Caller.of(signedIn));
    }

    @GetMapping
    SessionView current(Authentication caller, HttpServletRequest request) {
        touchCsrfToken(request);
        Caller signedIn = Caller.of(caller);
        if (signedIn == null) {
            throw new LecternProblem(
                    HttpStatus.UNAUTHORIZED, "authentication-required", "Authentication required", "Not signed in.");
        }
        return view(signedIn);
    }

    /** Public: the sign-in page asks which ways of signing in to offer. */
    @GetMapping("/providers")
    Providers providers() {
        return new Providers(true, new SingleSignOnView(singleSignOn, singleSignOn ? SingleSignOn.LOGIN_URL : null));
    }

    @DeleteMapping
    ResponseEntity<Void> signOut(HttpServletRequest request, HttpServletResponse response, Authentication caller) {
        if (Caller.of(caller) != null) {
            audit.record(AuditEventType.SIGN_OUT, caller.getName(), "session");
        }
        HttpSession session = request.getSession(false);
        if (session != null) {
            session.invalidate();
        }
        SecurityContextHolder.clearContext();
        csrfTokens.saveToken(null, request, response);
        return ResponseEntity.noContent().build();
    }

    /** The token is written lazily; reading it makes sure the single-page app gets its cookie. */
    private static void touchCsrfToken(HttpServletRequest request) {
        if (request.getAttribute(CsrfToken.class.getName()) instanceof CsrfToken token) {
            token.getToken();
        }
    }

    private SessionView view(Caller caller) {
        return new SessionView(
                caller.username(),
                List.of(caller.role().name()),
                members.ofUser(caller.username()).stream()
                        .map(member -> new Membership(
                                member.workspace().value(), member.role().name()))
                        .toList());
    }

    record Credentials(@NotBlank String username, @NotBlank String password) {}

    record Membership(UUID id, String role) {}

    record Providers(boolean password, SingleSignOnView singleSignOn) {}

    /** @param loginUrl where the browser goes to sign in at the provider; null while it is off */
    record SingleSignOnView(boolean enabled, @Nullable String loginUrl) {}

    record SessionView(String username, List<String> roles, List<Membership> workspaces) {}
}
