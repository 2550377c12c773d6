package dev.wenda.bot.bench;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.UUID;

/** A new PostgreSQL schema for one run, named in the URL as the current schema, dropped afterwards. */
record FreshSchema(String baseUrl, String user, String name) {
    static FreshSchema create(String baseUrl, String user) throws SQLException {
        if (!baseUrl.startsWith("jdbc:postgresql:")) {
            throw new IllegalArgumentException("--pg-fresh-schema needs a jdbc:postgresql: URL");
        }
        FreshSchema schema = new FreshSchema(
                baseUrl,
                user,
                "wenda_load_" + UUID.randomUUID().toString().replace("-", "").substring(0, 12));
        schema.execute("create schema " + schema.name());
        return schema;
    }

    String url() {
        return baseUrl + (baseUrl.contains("?") ? "&" : "?") + "currentSchema=" + name;
    }

    void drop() {
        try {
            execute("drop schema " + name + " cascade");
        } catch (SQLException e) {
            System.err.println("could not drop schema " + name + ": " + e.getMessage());
        }
    }

    private void execute(String sql) throws SQLException {
        try (Connection c = DriverManager.getConnection(baseUrl, user, "");
                Statement s = c.createStatement()) {
            s.execute(sql);
        }
    }
}
