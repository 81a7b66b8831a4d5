package org.juiceledger.platform.user;

import org.juiceledger.platform.request.CurrentRequestOrigin;
import org.juiceledger.platform.request.RequestOrigin;
import org.juiceledger.platform.time.IdSource;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;

/**
 * The audit trail of the users (table {@code app_user_change}): each change is written in the
 * transaction that makes it, with the request's who, channel and correlation id, as an event's
 * metadata would carry them.
 */
@Component
public class UserChanges {

    public static final int LIMIT_MAX = 1000;
    private static final String COLUMNS = "select id, changed_at, login, change, detail, who, channel, correlation_id "
            + "from app_user_change ";
    private final JdbcTemplate jdbc;
    private final IdSource ids;

    UserChanges(JdbcTemplate jdbc, IdSource ids) {
        this.jdbc = jdbc;
        this.ids = ids;
    }

    void record(String login, UserChange.Kind change, String detail, Instant at) {
        RequestOrigin origin = CurrentRequestOrigin.get(ids);
        jdbc.update("insert into app_user_change (login, change, detail, who, channel, correlation_id, changed_at) "
                        + "values (?, ?, ?, ?, ?, ?, ?)", login, change.name(), detail, origin.who(), origin.channel(),
                origin.correlationId(), Timestamp.from(at));
    }

    /** The newest changes first, before the change {@code beforeId} (null: from the newest), of one login or all. */
    public List<UserChange> newest(String login, Long beforeId, int limit) {
        long before = beforeId == null ? Long.MAX_VALUE : beforeId;
        if (login == null) {
            return jdbc.query(COLUMNS + "where id < ? order by id desc limit ?", UserChanges::row, before, limit);
        }
        return jdbc.query(COLUMNS + "where login = ? and id < ? order by id desc limit ?", UserChanges::row, login,
                before, limit);
    }

    private static UserChange row(java.sql.ResultSet row, int i) throws java.sql.SQLException {
        return new UserChange(row.getLong(1), row.getTimestamp(2).toInstant(), row.getString(3),
                UserChange.Kind.valueOf(row.getString(4)), row.getString(5), row.getString(6), row.getString(7),
                row.getString(8));
    }
}
