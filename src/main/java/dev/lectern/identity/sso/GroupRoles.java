package dev.lectern.identity.sso;

import dev.lectern.workspaces.Role;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Turns the groups a provider reports into a Lectern role: the highest role any of the groups maps to, else
 * the default role; no role at all (no default) means the user may not sign in.
 */
final class GroupRoles {

    private final Map<String, Role> roles = new LinkedHashMap<>();
    private final Role defaultRole;

    /**
     * @param mapping {@code group=ROLE} entries, split at the last {@code =} (group names may contain one)
     * @param defaultRole a role name, or blank for none
     */
    GroupRoles(List<String> mapping, String defaultRole) {
        for (String entry : mapping) {
            int split = entry.lastIndexOf('=');
            if (split <= 0) {
                throw new IllegalArgumentException(
                        "A role mapping is group=ROLE (ADMIN, EDITOR or VIEWER), not '" + entry + "'");
            }
            roles.put(entry.substring(0, split).strip(), role(entry.substring(split + 1), entry));
        }
        this.defaultRole = defaultRole == null || defaultRole.isBlank() ? null : role(defaultRole, defaultRole);
    }

    private static Role role(String name, String setting) {
        try {
            return Role.valueOf(name.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException unknown) {
            throw new IllegalArgumentException("'" + setting + "' names no role; use ADMIN, EDITOR or VIEWER", unknown);
        }
    }

    Optional<Role> roleOf(Collection<String> groups) {
        Role highest = null;
        for (String group : groups) {
            Role mapped = roles.get(group);
            if (mapped != null && (highest == null || mapped.includes(highest))) {
                highest = mapped;
            }
        }
        return Optional.ofNullable(highest != null ? highest : defaultRole);
    }
}
