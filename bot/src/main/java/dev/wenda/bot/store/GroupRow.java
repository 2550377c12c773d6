package dev.wenda.bot.store;

import java.util.Objects;

/** A study group with its member count and whether the asking user is in it. */
public record GroupRow(String name, int members, boolean member) {
    public GroupRow {
        Objects.requireNonNull(name, "name");
    }
}
