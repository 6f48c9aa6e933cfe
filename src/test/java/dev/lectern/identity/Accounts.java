package dev.lectern.identity;

import dev.lectern.support.Api;

/** Creates users through the admin API and gives each an API key with every scope, for access tests. */
final class Accounts {

    private final Api admin;
    private final int port;

    Accounts(Api admin, int port) {
        this.admin = admin;
        this.port = port;
    }

    /** A client acting as a new user with this global role. */
    Api user(String username, String role) {
        String password = username + "-password-1";
        Api.Response created = admin.postJson(
                "/api/v1/admin/users",
                "{\"username\":\"" + username + "\",\"password\":\"" + password + "\",\"role\":\"" + role + "\"}");
        if (created.status() != 201) {
            throw new IllegalStateException("User not created: " + created);
        }
        String key = Api.signedIn(port, username, password).issueKey("tests", "read", "write", "generate", "admin");
        return Api.withKey(port, key);
    }

    void member(String workspace, String username, String role) {
        Api.Response put = admin.putJson(
                "/api/v1/workspaces/" + workspace + "/members/" + username, "{\"role\":\"" + role + "\"}");
        if (put.status() != 200) {
            throw new IllegalStateException("Member not added: " + put);
        }
    }
}
