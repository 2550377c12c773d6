package dev.wenda.bot.admin;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.wenda.bot.chat.ChatRequest;
import dev.wenda.bot.chat.Origin;
import dev.wenda.bot.chat.Platform;
import dev.wenda.bot.chat.Reply;
import dev.wenda.bot.chat.TextCommand;
import dev.wenda.bot.store.GapStore;
import dev.wenda.bot.store.TestDatabases;
import dev.wenda.bot.store.TestDatabases.Backend;
import dev.wenda.search.Embedder;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class BankChatTest {
    private static final Origin ADMIN = new Origin(Platform.CONSOLE, "g1", "c1", "u1", "Ann", Locale.ENGLISH, true);
    private static final Origin MEMBER = new Origin(Platform.DISCORD, "g1", "c1", "u2", "Bo", Locale.CHINESE, false);

    private static ChatRequest parse(Origin origin, String text) {
        return ((TextCommand.Parsed.Ok) TextCommand.parse(origin, text)).request();
    }

    private static BankChat chat(CommunityBankTest.Process p, GapStore gaps) {
        return new BankChat(
                p::bank,
                () -> gaps,
                () -> new GapReport(new Embedder() {
                    // Never called: the refusals below reach no report.
                    public String name() {
                        return "none";
                    }

                    public int dimension() {
                        return 1;
                    }

                    public float[] embedDocument(String text) {
                        throw new AssertionError("not used");
                    }

                    public List<float[]> embedDocuments(List<String> texts) {
                        throw new AssertionError("not used");
                    }

                    public float[] embedQuery(String text) {
                        throw new AssertionError("not used");
                    }
                }));
    }

    @Test
    @DisplayName("a member who is not an admin is refused every bank command and nothing changes")
    void nonAdmin_isRefused_andNothingChanges() {
        try (TestDatabases.Fresh fresh = TestDatabases.open(Backend.H2);
                CommunityBankTest.Process p = CommunityBankTest.Process.open(fresh.database(), BankLimits.defaults())) {
            BankChat chat = chat(p, new GapStore(fresh.database()));
            for (String command : List.of("add 什么是LoRA | 低秩适配", "edit c1 问 | 答", "remove b-1", "gaps")) {
                Reply reply = chat.handle(parse(MEMBER, command));
                assertEquals("只有管理员可以修改本社区的题库或查看知识缺口。", reply.markdown(), command);
                assertTrue(reply.ephemeral(), command);
            }
            assertEquals(List.of(), p.bank().entries("g1", Optional.empty()));
            assertEquals("b-1", p.ranked("g1", "什么是dropout").getFirst());
        }
    }

    @Test
    @DisplayName("an admin adds, edits and removes an entry from chat; a bundled entry is hidden, not edited")
    void admin_addsEditsRemoves() {
        try (TestDatabases.Fresh fresh = TestDatabases.open(Backend.H2);
                CommunityBankTest.Process p = CommunityBankTest.Process.open(fresh.database(), BankLimits.defaults())) {
            BankChat chat = chat(p, new GapStore(fresh.database()));
            Reply added = chat.handle(parse(ADMIN, "add 什么是LoRA微调 | 在冻结的权重旁\n训练两个低秩矩阵。 | 微调, 参数高效"));
            String id = p.bank().entries("g1", Optional.empty()).getFirst().id();
            assertEquals("Added to this community's bank: " + id + ". It answers from now on.", added.markdown());
            assertEquals(
                    List.of("微调", "参数高效"),
                    p.bank().entries("g1", Optional.empty()).getFirst().tags());
            assertEquals(
                    "在冻结的权重旁\n训练两个低秩矩阵。",
                    p.search().entry("g1", id).orElseThrow().answer());
            assertEquals(id, p.ranked("g1", "LoRA微调是什么").getFirst());
            assertEquals(
                    "Entry " + id + " updated.",
                    chat.handle(parse(ADMIN, "edit " + id + " 什么是知识蒸馏 | 软标签。")).markdown());
            assertEquals(
                    "Entry b-1 is bundled and read-only. Remove it to hide it here, then add your own version.",
                    chat.handle(parse(ADMIN, "edit b-1 x | y")).markdown());
            assertEquals(
                    "Entry b-1 is bundled and read-only; it is now hidden in this community.",
                    chat.handle(parse(ADMIN, "remove b-1")).markdown());
            assertEquals(
                    "Entry " + id + " removed from this community's bank.",
                    chat.handle(parse(ADMIN, "remove " + id)).markdown());
            assertEquals(
                    "This community's bank has no entry nope.",
                    chat.handle(parse(ADMIN, "remove nope")).markdown());
            assertEquals(
                    "The answer is empty. Write it after a | : add QUESTION | ANSWER",
                    chat.handle(parse(ADMIN, "add 只有问题 | ")).markdown());
        }
    }

    @Test
    @DisplayName("bank commands without their parts get the usage line")
    void parse_missingParts_isUsage() {
        assertEquals(
                new TextCommand.Parsed.Usage("Usage: add QUESTION | ANSWER [| TAGS]"),
                TextCommand.parse(ADMIN, "add only a question"));
        assertEquals(new TextCommand.Parsed.Usage("Usage: remove ENTRY"), TextCommand.parse(ADMIN, "remove"));
    }

    @Test
    @DisplayName("an admin with no gaps stored is told so")
    void gaps_none_saysSo() {
        try (TestDatabases.Fresh fresh = TestDatabases.open(Backend.H2);
                CommunityBankTest.Process p = CommunityBankTest.Process.open(fresh.database(), BankLimits.defaults())) {
            GapStore gaps = new GapStore(fresh.database());
            gaps.record("DISCORD", "g2", "c", "别的社区的问题", "NO_ANSWER", Optional.empty(), Instant.EPOCH);
            assertEquals(
                    "No knowledge gaps yet: every question so far had an answer.",
                    chat(p, gaps).handle(new ChatRequest.Gaps(ADMIN)).markdown());
        }
    }
}
