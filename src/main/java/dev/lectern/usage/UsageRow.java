package dev.lectern.usage;

import org.jspecify.annotations.Nullable;

/**
 * One row of a usage report: a day, user, workspace or key, or the totals.
 *
 * @param group what the row is about as a person reads it: {@code 2026-11-29}, a user, workspace or key name,
 *     a route such as {@code POST /api/v1/workspaces/{workspaceId}/answers}, or {@code total}
 * @param groupId the day, username, workspace id or key id; null for calls without one (and for the totals)
 * @param clientErrors answers with a 4xx status (refused, invalid, not found, rate-limited)
 * @param serverErrors answers with a 5xx status
 * @param latencyP50Ms median time to the last byte (streams: until they ended)
 * @param latencyP95Ms 95th percentile of the same
 */
public record UsageRow(
        String group,
        @Nullable String groupId,
        long requests,
        long clientErrors,
        long serverErrors,
        long promptTokens,
        long completionTokens,
        long latencyP50Ms,
        long latencyP95Ms) {

    static UsageRow empty(String group, String groupId) {
        return new UsageRow(group, groupId, 0, 0, 0, 0, 0, 0, 0);
    }

    UsageRow named(String name) {
        return new UsageRow(
                name,
                groupId,
                requests,
                clientErrors,
                serverErrors,
                promptTokens,
                completionTokens,
                latencyP50Ms,
                latencyP95Ms);
    }
}
