package dev.lectern.identity;

import java.util.regex.Pattern;

/**
 * What each kind of caller may do, written down independently of the application's access table: reading a
 * workspace is a viewer's right, changing it an editor's, its members its administrators', and the admin
 * API the global administrators'. The "outsider" is an editor who is a member of another workspace only.
 */
final class Expectations {

    /** Whether a status shows the request was let through to the endpoint, or refused. */
    enum Access {
        ALLOWED,
        /** 403, or 404 where a resource of another workspace must not even be confirmed */
        FORBIDDEN,
        UNAUTHENTICATED;

        boolean admits(int status) {
            return switch (this) {
                case ALLOWED -> status != 401 && status != 403;
                case FORBIDDEN -> status == 403 || status == 404;
                case UNAUTHENTICATED -> status == 401;
            };
        }
    }

    private static final Pattern ADMIN_API = Pattern.compile("/api/v1/admin/.*");
    /** A workspace's members and webhooks are its administrators'. */
    private static final Pattern MEMBERS = Pattern.compile("/api/v1/workspaces/\\{workspaceId}/(members|webhooks).*");

    private static final Pattern IN_WORKSPACE = Pattern.compile(
            "/api/v1/(workspaces/\\{workspaceId}|documents/\\{id}|reports/\\{id}|conversations/\\{id})(/.*)?");
    private static final Pattern VIEWER_GENERATES =
            Pattern.compile("/api/v1/workspaces/\\{workspaceId}/(answers|summaries|copy)");
    /** Rating an answer belongs to asking. */
    private static final Pattern VIEWER_RATES =
            Pattern.compile("/api/v1/conversations/\\{id}/answers/\\{answer}/feedback");

    private static final Pattern ANY_SIGNED_IN =
            Pattern.compile("/api/v1/(api-keys(/.*)?|report-templates|generate)|/v1/.*");

    private Expectations() {}

    static Access of(String caller, String method, String path) {
        if (caller.equals("anonymous")) {
            return Access.UNAUTHENTICATED;
        }
        if (caller.equals("admin")) {
            return Access.ALLOWED;
        }
        // a random id stands for {id} here: refused to everyone but administrators before the lookup
        boolean deletesWorkspace = method.equals("DELETE") && path.equals("/api/v1/workspaces/{id}");
        if (ADMIN_API.matcher(path).matches() || MEMBERS.matcher(path).matches() || deletesWorkspace) {
            return Access.FORBIDDEN;
        }
        if (path.equals("/api/v1/workspaces")) {
            // anyone lists their own workspaces; creating one takes a global editor
            return method.equals("GET") || !caller.equals("viewer") ? Access.ALLOWED : Access.FORBIDDEN;
        }
        if (IN_WORKSPACE.matcher(path).matches()) {
            return switch (caller) {
                case "editor" -> Access.ALLOWED;
                case "viewer" ->
                    method.equals("GET")
                                    || (method.equals("POST")
                                            && VIEWER_GENERATES.matcher(path).matches())
                                    || (method.equals("PUT")
                                            && VIEWER_RATES.matcher(path).matches())
                            ? Access.ALLOWED
                            : Access.FORBIDDEN;
                default -> Access.FORBIDDEN;
            };
        }
        if (ANY_SIGNED_IN.matcher(path).matches()) {
            return Access.ALLOWED;
        }
        throw new AssertionError("The access matrix does not know " + method + " " + path
                + ": add it to Expectations and to the application's AccessRules");
    }
}
