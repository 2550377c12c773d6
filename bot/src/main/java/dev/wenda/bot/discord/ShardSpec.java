package dev.wenda.bot.discord;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Which Discord shards this process runs: shards {@code first..last} (inclusive) out of
 * {@code total}. Written {@code 0-3/8} (shards 0 to 3 of 8), {@code 2/8} (shard 2 of 8) or
 * {@code 1} (a single shard, the default for small bots).
 */
public record ShardSpec(int first, int last, int total) {
    private static final Pattern FORM = Pattern.compile("(\\d{1,5})(?:-(\\d{1,5}))?/(\\d{1,5})");

    public ShardSpec {
        if (total < 1) {
            throw new IllegalArgumentException("shard total must be at least 1, was " + total);
        }
        if (first < 0 || first > last) {
            throw new IllegalArgumentException(
                    "shard range must satisfy 0 <= first <= last, was " + first + "-" + last);
        }
        if (last >= total) {
            throw new IllegalArgumentException("shard range " + first + "-" + last + " does not fit in " + total
                    + " shards (ids are 0-" + (total - 1) + ")");
        }
    }

    /** One process running every shard of a bot that needs only one. */
    public static ShardSpec single() {
        return new ShardSpec(0, 0, 1);
    }

    /** Parses {@code 0-3/8}, {@code 2/8} or {@code 1}; a bad value names itself in the error. */
    public static ShardSpec parse(String text) {
        String value = text == null ? "" : text.strip();
        if (value.matches("\\d{1,5}")) {
            int total = Integer.parseInt(value);
            return new ShardSpec(0, Math.max(total, 1) - 1, total);
        }
        Matcher m = FORM.matcher(value);
        if (!m.matches()) {
            throw new IllegalArgumentException(
                    "shard spec must look like 0-3/8, 2/8 or 1, was '" + (text == null ? "null" : text) + "'");
        }
        int first = Integer.parseInt(m.group(1));
        int last = m.group(2) == null ? first : Integer.parseInt(m.group(2));
        return new ShardSpec(first, last, Integer.parseInt(m.group(3)));
    }

    /** How many shards this process runs. */
    public int count() {
        return last - first + 1;
    }

    @Override
    public String toString() {
        return first + "-" + last + "/" + total;
    }
}
