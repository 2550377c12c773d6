package dev.wenda.bot.board;

import dev.wenda.bot.chat.ChatRequest;
import dev.wenda.bot.chat.Messages;
import dev.wenda.bot.chat.Origin;
import dev.wenda.bot.chat.Reply;
import dev.wenda.bot.chat.TextTable;
import dev.wenda.bot.chat.UserText;
import dev.wenda.bot.store.GroupRow;
import dev.wenda.bot.store.StudyGroups;
import java.time.Clock;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;

/** Named study groups of a community: create, join, leave, list. A user can be in several. */
public final class GroupService {
    private final StudyGroups groups;
    private final Clock clock;

    public GroupService(StudyGroups groups, Clock clock) {
        this.groups = Objects.requireNonNull(groups, "groups");
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    /** Group names compare case-insensitively and without surrounding spaces. */
    public static String normalize(String name) {
        return name.strip().toLowerCase(Locale.ROOT);
    }

    public Reply handle(ChatRequest.Group request) {
        Origin o = request.origin();
        Messages m = o.messages();
        String platform = o.platform().name();
        if (request.action() == ChatRequest.GroupAction.LIST) {
            return list(o, groups.list(platform, o.community(), o.user()));
        }
        String typed = normalize(request.name().orElse(""));
        if (!typed.matches("[\\p{L}\\p{N}_-]{1,32}")) {
            String shown = UserText.quote(typed, UserText.MAX_NAME);
            return Reply.privateText(m.text("group.badName", shown));
        }
        // Valid names hold only letters, digits, - and _, but _x_ would still read as emphasis.
        String name = UserText.quote(typed);
        String user = UserText.quote(o.userName(), UserText.MAX_NAME);
        long now = clock.millis();
        return switch (request.action()) {
            case CREATE ->
                groups.create(platform, o.community(), typed, o.user(), now)
                        ? Reply.text(m.text("group.created", user, name))
                        : Reply.privateText(m.text("group.exists", name));
            case JOIN -> {
                if (!groups.exists(platform, o.community(), typed)) {
                    yield Reply.privateText(m.text("group.none", name));
                }
                yield groups.join(platform, o.community(), typed, o.user(), now)
                        ? Reply.privateText(m.text("group.joined", name))
                        : Reply.privateText(m.text("group.alreadyIn", name));
            }
            case LEAVE ->
                groups.leave(platform, o.community(), typed, o.user())
                        ? Reply.privateText(m.text("group.left", name))
                        : Reply.privateText(m.text("group.notIn", name));
            case LIST -> throw new IllegalStateException("handled above");
        };
    }

    /** Admin only: deletes the group and its memberships; its members' scores stay. */
    public Reply delete(ChatRequest.DeleteGroup request) {
        Origin o = request.origin();
        Messages m = o.messages();
        if (!o.admin()) {
            return Reply.privateText(m.text("group.deleteAdminOnly"));
        }
        String name = normalize(request.name());
        Optional<Integer> members =
                name.isEmpty() ? Optional.empty() : groups.delete(o.platform().name(), o.community(), name);
        if (members.isEmpty()) {
            return Reply.privateText(m.text("group.none", name));
        }
        return Reply.text(m.text("group.deleted", o.userName(), name, members.get()));
    }

    private static Reply list(Origin o, List<GroupRow> groups) {
        Messages m = o.messages();
        if (groups.isEmpty()) {
            return Reply.privateText(m.text("group.noGroups"));
        }
        TextTable table = new TextTable(
                List.of(m.text("group.col.group"), m.text("group.col.members"), m.text("group.col.you")),
                List.of(false, true, false));
        for (GroupRow g : groups) {
            table.add(List.of(
                    UserText.literal(g.name(), UserText.MAX_NAME),
                    Integer.toString(g.members()),
                    g.member() ? m.text("group.yes") : ""));
        }
        return Reply.privateText(table.toMarkdown()).withTitle(m.text("group.title"));
    }
}
