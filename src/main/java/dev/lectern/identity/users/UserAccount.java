package dev.lectern.identity.users;

import dev.lectern.workspaces.Role;
import java.time.Instant;
import java.util.regex.Pattern;

/**
 * A local account. The password hash names its algorithm, so that stronger ones can take over later; it is
 * null for an account that signs in only through single sign-on.
 */
public record UserAccount(String username, String passwordHash, Role role, boolean enabled, Instant createdAt) {

    /** Letters, digits and {@code . _ @ -}: safe in URLs and logs. */
    public static final Pattern USERNAME = Pattern.compile("[A-Za-z0-9._@-]{1,100}");

    public UserAccount {
        if (username == null || !USERNAME.matcher(username).matches()) {
            throw new IllegalArgumentException("A username is 1 to 100 letters, digits or . _ @ -");
        }
    }
}
