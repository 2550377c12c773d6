package dev.wenda.bot.admin;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.wenda.bot.chat.ChatRequest;
import dev.wenda.bot.chat.Origin;
import dev.wenda.bot.chat.Platform;
import dev.wenda.bot.chat.Reply;
import dev.wenda.content.ContentBank;
import dev.wenda.content.QaEntry;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ContentReloaderTest {
    private static final Origin ADMIN = new Origin(Platform.SLACK, "T1", "C1", "U1", "alice", Locale.ENGLISH, true);
    private static final Origin MEMBER = new Origin(Platform.SLACK, "T1", "C1", "U2", "bob", Locale.ENGLISH, false);
    private static final Origin ADMIN_ZH = new Origin(Platform.DISCORD, "G1", "C1", "U1", "alice", Locale.CHINA, true);

    @TempDir
    Path dir;

    /** What the targets have been given, in order: the first swaps, the second records. */
    private final List<List<String>> served = new ArrayList<>();

    private ContentReloader reloader;

    @BeforeEach
    void setUp() throws IOException {
        Files.writeString(dir.resolve("a.md"), "## 什么是池化？\n池化压缩特征图。\n\n## RNN是什么\n循环神经网络。\n");
        List<ContentTarget> targets = List.of(bank -> served.add(questions(bank)));
        reloader = new ContentReloader(Optional.of(dir), ContentBank::load, targets);
    }

    private static List<String> questions(ContentBank bank) {
        return bank.entries().stream().map(QaEntry::question).toList();
    }

    private Reply reload(Origin origin) {
        return reloader.handle(new ChatRequest.ReloadContent(origin));
    }

    @Test
    @DisplayName("a clean folder is swapped in and the admin is told how many entries it has")
    void reload_cleanFolder_swaps() throws IOException {
        Files.writeString(dir.resolve("b.md"), "## 1x1卷积\n降维。\n");

        Reply reply = reload(ADMIN);

        assertEquals(Reply.privateText("Content reloaded: 3 entries."), reply);
        assertEquals(List.of(List.of("什么是池化？", "RNN是什么", "1x1卷积")), served);
    }

    @Test
    @DisplayName("a broken file keeps the old content: no target is touched, the admin gets each file:line error")
    void reload_brokenFile_rejectedWithFileLine() throws IOException {
        Files.writeString(dir.resolve("b.md"), "## 1x1卷积\n降维。\n\n## \n\n## 空的问题\n");
        Files.writeString(dir.resolve("c.md"), "## 代码\n```python\nprint(1)\n");

        Reply reply = reload(ADMIN);

        assertEquals(List.of(), served);
        assertEquals(
                Reply.privateText("Content not reloaded: 3 errors; the previous content keeps serving.\n\n```\n"
                        + "b.md:4: heading without text\n"
                        + "b.md:6: question without answer\n"
                        + "c.md:2: unclosed code fence\n```"),
                reply);
    }

    @Test
    @DisplayName("after a rejected reload, fixing the file and reloading again swaps the fixed content in")
    void reload_afterFix_swaps() throws IOException {
        Files.writeString(dir.resolve("c.md"), "## 代码\n```python\nprint(1)\n");
        assertEquals(ContentReloader.Outcome.Rejected.class, reloader.reload().getClass());
        Files.writeString(dir.resolve("c.md"), "## 代码\n```python\nprint(1)\n```\n");

        assertEquals(new ContentReloader.Outcome.Swapped(3, List.of()), reloader.reload());
        assertEquals(1, served.size());
    }

    @Test
    @DisplayName("a member who is not an admin is refused and nothing is read")
    void reload_notAdmin_refused() {
        assertEquals(Reply.privateText("Only an admin can reload the content."), reload(MEMBER));
        assertEquals(List.of(), served);
    }

    @Test
    @DisplayName("more than 20 errors are listed up to 20, then counted; replies follow the admin's locale")
    void reload_manyErrors_listsTwentyInChinese() throws IOException {
        StringBuilder text = new StringBuilder();
        for (int i = 0; i < 25; i++) {
            text.append("## 问题").append(i).append('\n');
        }
        Files.writeString(dir.resolve("b.md"), text + "答案\n");

        String reply = reload(ADMIN_ZH).markdown();

        assertEquals("题库没有重新加载：有 24 个错误，旧题库继续使用。", reply.lines().findFirst().orElseThrow());
        assertEquals(
                "b.md:1: question without answer",
                reply.lines().skip(3).findFirst().orElseThrow());
        assertEquals(List.of("……另有 4 个", "```"), reply.lines().skip(23).toList());
    }

    @Test
    @DisplayName("without a content folder the bundled bank cannot be reloaded, and the admin is told why")
    void reload_noFolder_explains() {
        ContentReloader bundled = new ContentReloader(Optional.empty(), ContentBank::load, List.of());
        assertEquals(
                Reply.privateText("No content folder is configured (content.dir or --content); the bundled content"
                        + " cannot be reloaded."),
                bundled.handle(new ChatRequest.ReloadContent(ADMIN)));
    }

    @Test
    @DisplayName("a target that fails to swap leaves a clear reply, and later targets are not swapped")
    void reload_targetFails_reportsFailure() {
        ContentReloader failing = new ContentReloader(
                Optional.of(dir),
                ContentBank::load,
                List.of(
                        bank -> {
                            throw new IllegalStateException("index folder is read-only");
                        },
                        bank -> served.add(questions(bank))));
        assertEquals(
                Reply.privateText("Reload failed: index folder is read-only. The previous content keeps serving."),
                failing.handle(new ChatRequest.ReloadContent(ADMIN)));
        assertEquals(List.of(), served);
    }
}
