package dev.wenda.bot.web;

import dev.wenda.bot.store.WebReads;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Players in page addresses: a pseudonym per player and community ({@link
 * LinkSigner#pseudonym}), never the platform id. Finding the player behind a pseudonym scans the
 * community's players once and remembers the answer.
 */
final class Players {
    private final LinkSigner signer;
    private final WebReads reads;
    private final Map<String, String> known = new ConcurrentHashMap<>();

    Players(LinkSigner signer, WebReads reads) {
        this.signer = signer;
        this.reads = reads;
    }

    String pseudonym(Grant grant, String user) {
        return pseudonym(grant.platform(), grant.community(), user);
    }

    String pseudonym(String platform, String community, String user) {
        String name = signer.pseudonym(platform, community, user);
        known.putIfAbsent(platform + "\n" + community + "\n" + name, user);
        return name;
    }

    /** The user behind {@code pseudonym} among the community's players; {@code me} is the reader. */
    Optional<String> user(Grant grant, String pseudonym) {
        if (pseudonym.equals("me")) {
            return Optional.of(grant.user());
        }
        String found = known.get(key(grant, pseudonym));
        if (found != null) {
            return Optional.of(found);
        }
        for (String user : reads.players(grant.platform(), grant.community())) {
            if (pseudonym(grant, user).equals(pseudonym)) {
                return Optional.of(user);
            }
        }
        return Optional.empty();
    }

    private static String key(Grant grant, String pseudonym) {
        return grant.platform() + "\n" + grant.community() + "\n" + pseudonym;
    }
}
