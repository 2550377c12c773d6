package dev.wenda.bot.chat;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * A reply's body: Markdown written by the bot, with channel references between its pieces. A
 * reference is a value, not syntax in the text, so no text (a user's, a bank answer's) can make one;
 * each adapter shows it its own way (Discord and Slack a channel link, the console {@code #ID}).
 */
public record Body(List<Part> parts) {
    /** A piece of the body. */
    public sealed interface Part permits Markdown, Channel {}

    /** Markdown written by the bot; user text inside it must already be escaped. */
    public record Markdown(String text) implements Part {
        public Markdown {
            Objects.requireNonNull(text, "text");
        }
    }

    /** A channel of the reply's platform, by its id ({@code C0123} on Slack, a snowflake on Discord). */
    public record Channel(String id) implements Part {
        private static final Pattern ID = Pattern.compile("[A-Za-z0-9_-]+");

        public Channel {
            Objects.requireNonNull(id, "id");
            if (!ID.matcher(id).matches()) {
                throw new IllegalArgumentException("channel id must be letters, digits, _ or -, was '" + id + "'");
            }
        }
    }

    /** First and last code point of the Unicode private use area, where token marks are taken from. */
    private static final int FIRST_MARK = 0xE000;

    private static final int LAST_MARK = 0xF8FF;

    public Body {
        parts = List.copyOf(parts);
    }

    /** A body of Markdown only. */
    public static Body markdown(String markdown) {
        return new Body(List.of(new Markdown(markdown)));
    }

    /**
     * The catalogue sentence {@code key} ({@link Messages#text}) with {@code args} filled in, where
     * every {@link Channel} argument stays a reference.
     */
    public static Body sentence(Messages texts, String key, Object... args) {
        List<String> pieces = new ArrayList<>(List.of(texts.pattern(key)));
        List<Channel> channels = new ArrayList<>();
        for (Object arg : args) {
            if (arg instanceof Channel channel) {
                channels.add(channel);
            } else {
                pieces.add(String.valueOf(arg));
            }
        }
        int mark = mark(pieces);
        Object[] filled = args.clone();
        int next = 0;
        for (int i = 0; i < filled.length; i++) {
            if (filled[i] instanceof Channel) {
                filled[i] = token(mark, next++);
            }
        }
        return new Tokens(texts.text(key, filled), channels, mark).body();
    }

    /** This body followed by {@code markdown}. */
    public Body followedBy(String markdown) {
        return new Body(
                Stream.concat(parts.stream(), Stream.of(new Markdown(markdown))).toList());
    }

    public boolean isEmpty() {
        return parts.stream().allMatch(p -> p instanceof Markdown m && m.text().isEmpty());
    }

    /** The body as Markdown, each channel written {@code #ID}: for text-only uses (tests, logs, JSON). */
    public String markdown() {
        return tokens().restore(channel -> "#" + channel.id());
    }

    /**
     * The body as one Markdown text in which every channel is a token (private-use characters and
     * digits, which no Markdown converter touches) made of a character that no piece of text
     * contains. An adapter converts {@link Tokens#markdown()} as usual, then puts its own rendering
     * of each channel in with {@link Tokens#restore}.
     */
    public Tokens tokens() {
        List<String> texts = new ArrayList<>();
        for (Part part : parts) {
            if (part instanceof Markdown m) {
                texts.add(m.text());
            }
        }
        int mark = mark(texts);
        StringBuilder out = new StringBuilder();
        List<Channel> channels = new ArrayList<>();
        for (Part part : parts) {
            switch (part) {
                case Markdown m -> out.append(m.text());
                case Channel c -> {
                    out.append(token(mark, channels.size()));
                    channels.add(c);
                }
            }
        }
        return new Tokens(out.toString(), channels, mark);
    }

    /** A body's Markdown with its channels as tokens ({@link #tokens()}). */
    public record Tokens(String markdown, List<Channel> channels, int mark) {
        public Tokens {
            Objects.requireNonNull(markdown, "markdown");
            channels = List.copyOf(channels);
        }

        /** {@code converted} (this Markdown after an adapter's conversion) with each token shown by {@code shown}. */
        public String restore(String converted, Function<Channel, String> shown) {
            StringBuilder out = new StringBuilder();
            for (Part part : split(converted)) {
                out.append(
                        switch (part) {
                            case Markdown m -> m.text();
                            case Channel c -> shown.apply(c);
                        });
            }
            return out.toString();
        }

        /** {@link #markdown()} with each token shown by {@code shown}. */
        public String restore(Function<Channel, String> shown) {
            return restore(markdown, shown);
        }

        /** {@link #markdown()} as a body again, each token its channel. */
        Body body() {
            return new Body(split(markdown));
        }

        private List<Part> split(String text) {
            String quoted = Pattern.quote(Character.toString(mark));
            Matcher token = Pattern.compile(quoted + "(\\d+)" + quoted).matcher(text);
            List<Part> out = new ArrayList<>();
            int from = 0;
            while (token.find()) {
                if (token.start() > from) {
                    out.add(new Markdown(text.substring(from, token.start())));
                }
                out.add(channel(token.group(1)).<Part>map(c -> c).orElseGet(() -> new Markdown(token.group())));
                from = token.end();
            }
            if (from < text.length() || out.isEmpty()) {
                out.add(new Markdown(text.substring(from)));
            }
            return out;
        }

        /** The channel a token names; none for an index this body never wrote (text that decoded to a token). */
        private Optional<Channel> channel(String index) {
            if (index.length() > 9) {
                return Optional.empty();
            }
            int i = Integer.parseInt(index);
            return i < channels.size() ? Optional.of(channels.get(i)) : Optional.empty();
        }
    }

    private static final Pattern NUMERIC_REFERENCE = Pattern.compile("&#(?:[xX]([0-9a-fA-F]+)|([0-9]+));");

    private static String token(int mark, int index) {
        return Character.toString(mark) + index + Character.toString(mark);
    }

    /**
     * The first private-use character none of {@code texts} contains, literally or as a numeric
     * character reference ({@code &#xE000;}), which Markdown converters turn into the character.
     */
    private static int mark(List<String> texts) {
        Set<Integer> referenced = new HashSet<>();
        for (String text : texts) {
            Matcher reference = NUMERIC_REFERENCE.matcher(text);
            while (reference.find()) {
                String digits = reference.group(1) != null ? reference.group(1) : reference.group(2);
                int radix = reference.group(1) != null ? 16 : 10;
                if (digits.length() <= 7) {
                    referenced.add(Integer.parseInt(digits, radix));
                }
            }
        }
        for (int mark = FIRST_MARK; mark <= LAST_MARK; mark++) {
            int candidate = mark;
            if (!referenced.contains(candidate) && texts.stream().noneMatch(t -> t.indexOf(candidate) >= 0)) {
                return mark;
            }
        }
        throw new IllegalArgumentException("the text uses every private-use character; no token mark is left");
    }
}
