package dev.wenda.bot.config;

import java.util.OptionalInt;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The Discord shards one process runs: {@code first..last} of {@code total}. Written in config as
 * {@code N} (this one process runs all N shards; the default {@code 1} suits bots in fewer than
 * 2,500 servers), {@code 0-3/8} or {@code 5/8} (explicit), or
 * {@code 8 over 2} (8 shards spread over 2 processes; this process takes slice {@code i} of them,
 * {@code i} being {@code discord.process-index} or the trailing number of {@code instance.id},
 * which in a Kubernetes StatefulSet is the pod ordinal). Slice {@code i} of {@code T over N} is
 * {@code i*T/N .. (i+1)*T/N - 1}, so {@code 8 over 2} gives 0-3 and 4-7.
 */
public record ShardRange(int first, int last, int total) {
    private static final String KEY = "discord.shards";
    private static final Pattern EXPLICIT = Pattern.compile("(\\d{1,5})(?:-(\\d{1,5}))?/(\\d{1,5})");
    private static final Pattern SPREAD = Pattern.compile("(\\d{1,5}) over (\\d{1,5})(?: processes)?");
    private static final Pattern ALL = Pattern.compile("\\d{1,5}");
    private static final Pattern TRAILING_NUMBER = Pattern.compile(".*?-(\\d{1,5})");

    public ShardRange {
        if (total < 1) {
            throw ConfigException.invalid(KEY, "needs at least one shard, was " + total);
        }
        if (first < 0 || first > last || last >= total) {
            throw ConfigException.invalid(
                    KEY, "must be a range within 0-" + (total - 1) + ", was " + first + "-" + last + "/" + total);
        }
    }

    /**
     * Parses {@code discord.shards}.
     *
     * @param processIndex {@code discord.process-index}, when set
     * @param instanceId the instance id, whose trailing {@code -N} is the index otherwise
     */
    public static ShardRange parse(String text, OptionalInt processIndex, String instanceId) {
        String spec = text.strip();
        if (ALL.matcher(spec).matches()) {
            int total = Integer.parseInt(spec);
            return new ShardRange(0, total - 1, total);
        }
        Matcher explicit = EXPLICIT.matcher(spec);
        if (explicit.matches()) {
            int first = Integer.parseInt(explicit.group(1));
            int last = explicit.group(2) == null ? first : Integer.parseInt(explicit.group(2));
            return new ShardRange(first, last, Integer.parseInt(explicit.group(3)));
        }
        Matcher spread = SPREAD.matcher(spec);
        if (spread.matches()) {
            return spread(
                    Integer.parseInt(spread.group(1)), Integer.parseInt(spread.group(2)), processIndex, instanceId);
        }
        throw ConfigException.invalid(
                KEY,
                "must be a shard count like '1', a range like '0-3/8', or a spread like '8 over 2', was '" + spec
                        + "'");
    }

    private static ShardRange spread(int total, int processes, OptionalInt processIndex, String instanceId) {
        if (processes < 1 || total < processes) {
            throw ConfigException.invalid(
                    KEY, "needs at least one shard per process, was " + total + " over " + processes);
        }
        int index = processIndex.isPresent() ? processIndex.getAsInt() : indexFrom(instanceId, total, processes);
        if (index < 0 || index >= processes) {
            throw ConfigException.invalid(
                    "discord.process-index",
                    "must be 0-" + (processes - 1) + " for '" + total + " over " + processes + "', was " + index);
        }
        return new ShardRange(index * total / processes, (index + 1) * total / processes - 1, total);
    }

    private static int indexFrom(String instanceId, int total, int processes) {
        Matcher number = TRAILING_NUMBER.matcher(instanceId);
        if (!number.matches()) {
            throw ConfigException.invalid(
                    "discord.process-index",
                    "is needed for '" + total + " over " + processes + "': set it, or use an instance.id ending in -N"
                            + " (a StatefulSet pod name), was instance.id '" + instanceId + "'");
        }
        return Integer.parseInt(number.group(1));
    }

    /** Number of shards this process runs. */
    public int count() {
        return last - first + 1;
    }

    @Override
    public String toString() {
        return first + "-" + last + "/" + total;
    }
}
