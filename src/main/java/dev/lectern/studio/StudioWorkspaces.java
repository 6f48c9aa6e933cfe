package dev.lectern.studio;

import dev.lectern.workspaces.WorkspaceId;
import dev.lectern.workspaces.WorkspaceResources;
import java.util.Optional;
import java.util.UUID;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.JdbcTemplate;

/** Lets access control find the workspace behind {@code /api/v1/reports/{id}/**} and conversations. */
@Configuration(proxyBeanMethods = false)
class StudioWorkspaces {

    @Bean
    WorkspaceResources reportWorkspaces(JdbcTemplate jdbc) {
        return owner("reports", "studio_reports", jdbc);
    }

    @Bean
    WorkspaceResources conversationWorkspaces(JdbcTemplate jdbc) {
        return owner("conversations", "studio_conversations", jdbc);
    }

    private static WorkspaceResources owner(String collection, String table, JdbcTemplate jdbc) {
        String sql = "select workspace_id from " + table + " where id = ?";
        return new WorkspaceResources() {
            @Override
            public String collection() {
                return collection;
            }

            @Override
            public Optional<WorkspaceId> workspaceOf(UUID id) {
                return jdbc.queryForList(sql, UUID.class, id).stream()
                        .map(WorkspaceId::new)
                        .findFirst();
            }
        };
    }
}
