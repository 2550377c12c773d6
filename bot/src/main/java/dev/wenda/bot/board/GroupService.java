package dev.wenda.bot.board;

import dev.wenda.bot.chat.ChatRequest;
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
    static String normalize(String name) {
        return name.strip().toLowerCase(Locale.ROOT);
    }

    public Reply handle(ChatRequest.Group request) {
        Origin o = request.origin();
        boolean zh = o.chinese();
        String platform = o.platform().name();
        if (request.action() == ChatRequest.GroupAction.LIST) {
            return list(o, groups.list(platform, o.community(), o.user()));
        }
        String typed = normalize(request.name().orElse(""));
        if (!typed.matches("[\\p{L}\\p{N}_-]{1,32}")) {
            String shown = UserText.quote(typed, UserText.MAX_NAME);
            return Reply.privateText(
                    zh
                            ? "小组名需为 1-32 个字母、数字、-、_，收到 “" + shown + "”。"
                            : "A group name is 1-32 letters, digits, - or _; got \"" + shown + "\".");
        }
        // Valid names hold only letters, digits, - and _, but _x_ would still read as emphasis.
        String name = UserText.quote(typed);
        String user = UserText.quote(o.userName(), UserText.MAX_NAME);
        long now = clock.millis();
        return switch (request.action()) {
            case CREATE ->
                groups.create(platform, o.community(), typed, o.user(), now)
                        ? Reply.text(
                                zh
                                        ? user + " 创建了学习小组 " + name + " 并已加入。"
                                        : user + " created the study group " + name + " and joined it.")
                        : Reply.privateText(
                                zh
                                        ? "学习小组 " + name + " 已存在，可以直接加入。"
                                        : "The study group " + name + " exists already; join it instead.");
            case JOIN -> {
                if (!groups.exists(platform, o.community(), typed)) {
                    yield Reply.privateText(
                            zh ? "没有名为 " + name + " 的学习小组。" : "There is no study group named " + name + ".");
                }
                yield groups.join(platform, o.community(), typed, o.user(), now)
                        ? Reply.privateText(zh ? "已加入 " + name + "。" : "You joined " + name + ".")
                        : Reply.privateText(zh ? "你已经在 " + name + " 里了。" : "You are already in " + name + ".");
            }
            case LEAVE ->
                groups.leave(platform, o.community(), typed, o.user())
                        ? Reply.privateText(zh ? "已退出 " + name + "。" : "You left " + name + ".")
                        : Reply.privateText(zh ? "你不在 " + name + " 里。" : "You are not in " + name + ".");
            case LIST -> throw new IllegalStateException("handled above");
        };
    }

    /** Admin only: deletes the group and its memberships; its members' scores stay. */
    public Reply delete(ChatRequest.DeleteGroup request) {
        Origin o = request.origin();
        boolean zh = o.chinese();
        if (!o.admin()) {
            return Reply.privateText(zh ? "只有管理员可以删除学习小组。" : "Only an admin can delete a study group.");
        }
        String name = normalize(request.name());
        Optional<Integer> members =
                name.isEmpty() ? Optional.empty() : groups.delete(o.platform().name(), o.community(), name);
        if (members.isEmpty()) {
            return Reply.privateText(zh ? "没有名为 " + name + " 的学习小组。" : "There is no study group named " + name + ".");
        }
        return Reply.text(
                zh
                        ? o.userName() + " 删除了学习小组 " + name + "（" + members.get() + " 名成员）；成员的得分保留。"
                        : o.userName() + " deleted the study group " + name + " (" + members.get()
                                + (members.get() == 1 ? " member" : " members") + "); their scores stay.");
    }

    private static Reply list(Origin o, List<GroupRow> groups) {
        boolean zh = o.chinese();
        if (groups.isEmpty()) {
            return Reply.privateText(zh ? "还没有学习小组。" : "No study groups yet.");
        }
        TextTable table = new TextTable(
                zh ? List.of("小组", "成员", "我在其中") : List.of("group", "members", "you"), List.of(false, true, false));
        for (GroupRow g : groups) {
            table.add(List.of(
                    UserText.literal(g.name(), UserText.MAX_NAME),
                    Integer.toString(g.members()),
                    g.member() ? (zh ? "是" : "yes") : ""));
        }
        return Reply.privateText(table.toMarkdown()).withTitle(zh ? "学习小组" : "Study groups");
    }
}
