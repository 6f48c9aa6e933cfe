package dev.lectern.identity.users;

import dev.lectern.workspaces.Role;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

/** All local accounts. */
@Repository
public class UserAccounts {

    private static final String COLUMNS = "select username, password_hash, role, enabled, created_at from users";

    private final JdbcTemplate jdbc;

    UserAccounts(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    public Optional<UserAccount> find(String username) {
        return jdbc.query(COLUMNS + " where username = ?", UserAccounts::account, username).stream()
                .findFirst();
    }

    public List<UserAccount> all() {
        return jdbc.query(COLUMNS + " order by username", UserAccounts::account);
    }

    public boolean any() {
        return !jdbc.queryForList("select username from users fetch first 1 rows only", String.class)
                .isEmpty();
    }

    /** Stores a new account; fails with a DuplicateKeyException when the name is taken. */
    public void add(UserAccount account) {
        jdbc.update(
                "insert into users (username, password_hash, role, enabled, created_at) values (?, ?, ?, ?, ?)",
                account.username(),
                account.passwordHash(),
                account.role().name(),
                account.enabled(),
                Timestamp.from(account.createdAt()));
    }

    public void update(UserAccount account) {
        jdbc.update(
                "update users set password_hash = ?, role = ?, enabled = ? where username = ?",
                account.passwordHash(),
                account.role().name(),
                account.enabled(),
                account.username());
    }

    private static UserAccount account(ResultSet rs, int row) throws SQLException {
        return new UserAccount(
                rs.getString("username"),
                rs.getString("password_hash"),
                Role.valueOf(rs.getString("role")),
                rs.getBoolean("enabled"),
                rs.getTimestamp("created_at").toInstant());
    }
}
