package dev.lectern.studio;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;

/** Each workspace's brand-voice guide. */
@Repository
public class BrandVoices {

    public static final int MAX_LENGTH = 20000;

    private final JdbcTemplate jdbc;

    BrandVoices(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    public Optional<String> find(UUID workspaceId) {
        return jdbc
                .queryForList("select guide from studio_brand_voices where workspace_id = ?", String.class, workspaceId)
                .stream()
                .findFirst();
    }

    @Transactional
    public void save(UUID workspaceId, String guide) {
        Timestamp now = Timestamp.from(Instant.now());
        if (jdbc.update(
                        "update studio_brand_voices set guide = ?, updated_at = ? where workspace_id = ?",
                        guide,
                        now,
                        workspaceId)
                == 0) {
            jdbc.update(
                    "insert into studio_brand_voices (workspace_id, guide, updated_at) values (?, ?, ?)",
                    workspaceId,
                    guide,
                    now);
        }
    }

    public boolean delete(UUID workspaceId) {
        return jdbc.update("delete from studio_brand_voices where workspace_id = ?", workspaceId) == 1;
    }
}
