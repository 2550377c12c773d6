package dev.wenda.bot.slack;

import com.slack.api.model.block.DividerBlock;
import com.slack.api.model.block.LayoutBlock;
import dev.wenda.bot.chat.ChatRequest;
import dev.wenda.bot.chat.ChatService;
import dev.wenda.bot.chat.Origin;
import dev.wenda.bot.chat.Reply;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The App Home tab, assembled from ordinary chat replies so no business logic lives here: the
 * user's stats ({@link ChatRequest.Me}), the workspace leaderboard for the week, their study
 * groups ({@link ChatRequest.Group} list) and how to start a round.
 */
final class HomeTab {
    /** Slack's limit for a Home tab view. */
    static final int MAX_BLOCKS = 100;

    private final ChatService service;
    private final BlockKitRenderer renderer;

    HomeTab(ChatService service, BlockKitRenderer renderer) {
        this.service = service;
        this.renderer = renderer;
    }

    List<LayoutBlock> blocks(Origin origin) {
        List<Reply> replies = List.of(
                service.handle(new ChatRequest.Me(origin)),
                service.handle(new ChatRequest.Leaderboard(
                        origin, ChatRequest.Scope.SERVER, ChatRequest.Period.WEEK, Optional.empty())),
                service.handle(new ChatRequest.Group(origin, ChatRequest.GroupAction.LIST, Optional.empty())),
                Reply.text(origin.messages().text("slack.home.howToStart"))
                        .withTitle(origin.messages().text("slack.home.startTitle")));
        List<LayoutBlock> blocks = new ArrayList<>();
        for (Reply reply : replies) {
            if (reply.isNothing()) {
                continue;
            }
            if (!blocks.isEmpty()) {
                blocks.add(DividerBlock.builder().build());
            }
            blocks.addAll(renderer.render(reply));
        }
        return blocks.size() > MAX_BLOCKS ? List.copyOf(blocks.subList(0, MAX_BLOCKS)) : blocks;
    }
}
