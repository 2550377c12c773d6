package dev.wenda.bot.app;

import dev.wenda.bot.config.Secret;
import dev.wenda.bot.config.WendaConfig;
import dev.wenda.bot.ops.ReadinessCheck;
import dev.wenda.bot.ops.ReadinessCheck.Status;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;

/** Readiness of the database: a connection opens and answers within two seconds. */
final class JdbcCheck implements ReadinessCheck {
    private final WendaConfig.Database db;

    JdbcCheck(WendaConfig.Database db) {
        this.db = db;
    }

    @Override
    public String name() {
        return "database";
    }

    @Override
    public Status check() {
        DriverManager.setLoginTimeout(2);
        try (Connection connection = DriverManager.getConnection(
                db.url(), db.user(), db.password().map(Secret::reveal).orElse(""))) {
            return connection.isValid(2) ? Status.ok() : Status.failing("connection not valid");
        } catch (SQLException e) {
            return Status.failing(e.getMessage());
        }
    }
}
