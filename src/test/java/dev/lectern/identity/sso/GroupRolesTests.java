package dev.lectern.identity.sso;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.lectern.workspaces.Role;
import java.util.List;
import org.junit.jupiter.api.Test;

class GroupRolesTests {

    private final GroupRoles roles =
            new GroupRoles(List.of("lectern-admins=ADMIN", "lectern-editors=editor", "staff=VIEWER"), "VIEWER");

    @Test
    void userGetsTheHighestRoleOfTheirGroups() {
        assertThat(roles.roleOf(List.of("staff", "lectern-admins", "lectern-editors")))
                .contains(Role.ADMIN);
        assertThat(roles.roleOf(List.of("staff", "lectern-editors"))).contains(Role.EDITOR);
    }

    @Test
    void userInNoMappedGroupGetsTheDefaultRole() {
        assertThat(roles.roleOf(List.of("sales"))).contains(Role.VIEWER);
        assertThat(roles.roleOf(List.of())).contains(Role.VIEWER);
    }

    @Test
    void withoutDefaultRoleAUserInNoMappedGroupGetsNone() {
        var strict = new GroupRoles(List.of("lectern-editors=EDITOR"), " ");

        assertThat(strict.roleOf(List.of("sales"))).isEmpty();
        assertThat(strict.roleOf(List.of("lectern-editors"))).contains(Role.EDITOR);
    }

    @Test
    void groupNamesMayContainEqualsSignsAndCommas() {
        var ldap = new GroupRoles(List.of("cn=lectern,ou=groups,dc=example=ADMIN"), "");

        assertThat(ldap.roleOf(List.of("cn=lectern,ou=groups,dc=example"))).contains(Role.ADMIN);
        assertThat(ldap.roleOf(List.of("cn=lectern"))).isEmpty();
    }

    @Test
    void groupNamesMatchExactly() {
        assertThat(roles.roleOf(List.of("Lectern-Admins", "lectern-admins-old")))
                .contains(Role.VIEWER);
    }

    @Test
    void rejectsAMappingWithoutRoleAndUnknownRoles() {
        assertThatThrownBy(() -> new GroupRoles(List.of("lectern-admins"), "VIEWER"))
                .hasMessageContaining("group=ROLE");
        assertThatThrownBy(() -> new GroupRoles(List.of("lectern-admins=OWNER"), "VIEWER"))
                .hasMessageContaining("ADMIN, EDITOR or VIEWER");
        assertThatThrownBy(() -> new GroupRoles(List.of(), "GUEST")).hasMessageContaining("'GUEST' names no role");
    }

    @Test
    void readsGroupsSentAsListOrAsOneString() {
        assertThat(ProviderSignIn.groups(List.of("a", "b"))).containsExactly("a", "b");
        assertThat(ProviderSignIn.groups("a")).containsExactly("a");
        assertThat(ProviderSignIn.groups(null)).isEmpty();
    }
}
