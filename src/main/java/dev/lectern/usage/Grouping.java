package dev.lectern.usage;

/** What a usage report puts in its rows. */
public enum Grouping {
    DAY("usage_day"),
    USER("username"),
    WORKSPACE("workspace_id"),
    KEY("api_key_id"),
    ROUTE("route");

    final String column;

    Grouping(String column) {
        this.column = column;
    }
}
