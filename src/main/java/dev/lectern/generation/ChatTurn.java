package dev.lectern.generation;

/**
 * One message of a conversation.
 *
 * @param role system, user or assistant
 * @param content what was said
 */
public record ChatTurn(String role, String content) {

    public ChatTurn {
        if (!role.equals("system") && !role.equals("user") && !role.equals("assistant")) {
            throw new IllegalArgumentException("Unknown chat role: " + role);
        }
        content = content == null ? "" : content;
    }
}
