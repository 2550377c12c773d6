package dev.wenda.bot.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/** wenda ask and wenda eval on a small folder bank, lexical (no model) and in memory. */
class SearchCommandsTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path dir;

    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    @BeforeEach
    void writeBank() throws IOException {
        Files.writeString(dir.resolve("a.md"), """
                ## 什么是池化？
                池化（pooling）压缩特征图，减少参数。

                ## RNN是什么
                循环神经网络，处理序列。

                ## 解释感受野这一概念
                输出上一点对应的输入区域。
                """);
    }

    private int run(String... args) {
        CommandLine cli = Main.newCommandLine();
        cli.setOut(new PrintWriter(out));
        cli.setErr(new PrintWriter(err));
        return cli.execute(args);
    }

    @Test
    @DisplayName("ask --json prints the eval shape plus scores, signals and the answer")
    void ask_json_printsDecisionRankedAndAnswer() throws IOException {
        int code =
                run("--content", dir.toString(), "ask", "--json", "--mode", "lexical", "--in-memory", "pooling", "的作用");
        assertEquals(0, code, err.toString());
        JsonNode line = JSON.readTree(out.toString());
        assertEquals("pooling 的作用", line.get("query").asText());
        assertEquals("a#1", line.get("ranked").get(0).get(0).asText());
        assertEquals(3, line.get("ranked").size());
        assertEquals(3, line.get("scores").size());
        assertTrue(line.get("signals").has("confidence"));
        if (line.get("decision").asText().equals("answer")) {
            assertEquals("什么是池化？", line.get("answer").get("question").asText());
        }
    }

    @Test
    @DisplayName("ask without --json prints an abstention with the covered topics")
    void ask_text_abstains() {
        int code =
                run("--content", dir.toString(), "ask", "--mode", "lexical", "--in-memory", "--lang", "en", "今天天气怎么样");
        assertEquals(0, code, err.toString());
        assertTrue(out.toString().startsWith("The bank has no answer to that.\n"), out.toString());
    }

    @Test
    @DisplayName("ask replies in Chinese by default, like the console and the bundled bank")
    void ask_text_chineseByDefault() {
        int code = run("--content", dir.toString(), "ask", "--mode", "lexical", "--in-memory", "今天天气怎么样");
        assertEquals(0, code, err.toString());
        assertTrue(out.toString().startsWith("题库里没有这个问题的答案。\n题库涵盖的主题："), out.toString());
    }

    @Test
    @DisplayName("ask prints bank text without its terminal escapes")
    void ask_text_stripsControlCharacters() throws IOException {
        Files.writeString(dir.resolve("a.md"), "## RNN是什么\u001b]0;pwned\u0007\n循环神经网络\u001b[2J，处理序列。\n");
        int code = run("--content", dir.toString(), "ask", "--mode", "lexical", "--in-memory", "RNN是什么");
        assertEquals(0, code, err.toString());
        String shown = out.toString();
        assertTrue(shown.contains("RNN是什么]0;pwned"), shown);
        assertTrue(shown.chars().noneMatch(c -> c != '\n' && Character.isISOControl(c)), shown);
    }

    @Test
    @DisplayName("eval --json prints one line per query then one metrics line")
    void eval_json_linesThenMetrics() throws IOException {
        Path queries = dir.resolve("q.jsonl");
        Files.writeString(queries, """
                {"query": "RNN 是啥", "relevant": ["a#2"], "kind": "in_domain"}
                {"query": "感受野", "relevant": [["a.md", 3]], "kind": "in_domain"}
                {"query": "你好", "relevant": [], "kind": "out_of_domain"}
                """);
        int code = run(
                "--content", dir.toString(), "eval", "--json", "--mode", "lexical", "--in-memory", queries.toString());
        assertEquals(0, code, err.toString());
        List<String> lines = out.toString().lines().toList();
        assertEquals(4, lines.size());
        JsonNode first = JSON.readTree(lines.get(0));
        assertEquals("RNN 是啥", first.get("query").asText());
        assertEquals("a#2", first.get("ranked").get(0).get(0).asText());
        JsonNode metrics = JSON.readTree(lines.get(3));
        assertEquals("lexical", metrics.get("mode").asText());
        assertEquals(1.0, metrics.get("top1").asDouble());
        assertEquals(2, metrics.get("inDomain").asInt());
        assertEquals(1, metrics.get("outOfDomain").asInt());
    }

    @Test
    @DisplayName("eval names the line of a malformed query file and exits 2")
    void eval_badFile_exits2() throws IOException {
        Path queries = dir.resolve("bad.jsonl");
        Files.writeString(queries, "{\"query\": \"x\", \"relevant\": [\"a#1\"]}\nnot json\n");
        int code = run("--content", dir.toString(), "eval", "--mode", "lexical", "--in-memory", queries.toString());
        assertEquals(2, code);
        assertTrue(err.toString().startsWith("wenda eval: " + queries + ": line 2: "), err.toString());
    }

    @Test
    @DisplayName("eval says once that a query file does not exist, and exits 2")
    void eval_missingFile_saysNotFound() {
        Path missing = dir.resolve("nope.jsonl");
        int code = run("--content", dir.toString(), "eval", "--mode", "lexical", "--in-memory", missing.toString());
        assertEquals(2, code);
        assertEquals("wenda eval: " + missing + ": file not found\n", err.toString());
    }

    @Test
    @DisplayName("on the bundled bank, everyday chat gets who Wenda is instead of the topic list")
    void ask_chat_saysWhatWendaDoes() {
        int code = run("ask", "--in-memory", "早上好");
        assertEquals(0, code, err.toString());
        assertEquals(
                "你好，我是问答\n我能从题库里回答深度学习面试题（试试“BN是干嘛的”），在频道里举办限时测验，" + "还能计算感受野和卷积的参数量与计算量。帮助命令会列出全部用法。\n",
                out.toString());
    }

    @Test
    @DisplayName("on the bundled bank, an aspect the bank lacks is named before the closest entries")
    void ask_aspect_namesWhatTheBankLacks() {
        int code = run("ask", "--in-memory", "--lang", "en", "dropout的缺点有哪些");
        assertEquals(0, code, err.toString());
        List<String> lines = out.toString().lines().toList();
        assertEquals("The bank covers dropout, but not its 缺点.", lines.get(0));
        assertEquals("Did you mean:", lines.get(1));
        assertTrue(lines.get(2).startsWith("  1. "), out.toString());
    }

    @Test
    @DisplayName("eval --json gives each decision's reason and signals")
    void eval_json_givesReasonAndSignals() throws IOException {
        Path queries = dir.resolve("q.jsonl");
        Files.writeString(queries, """
                {"query": "谢谢", "relevant": [], "kind": "out_of_domain", "class": "chat"}
                """);
        int code = run("eval", "--json", "--in-memory", queries.toString());
        assertEquals(0, code, err.toString());
        List<String> lines = out.toString().lines().toList();
        JsonNode first = JSON.readTree(lines.get(0));
        assertEquals("abstain", first.get("decision").asText());
        assertEquals("chat", first.get("reason").asText());
        assertTrue(first.get("signals").get("chat").asDouble() > 0.5, lines.get(0));
        JsonNode metrics = JSON.readTree(lines.get(1));
        assertEquals(0, metrics.get("byClass").get("chat").get("answered").asInt());
        assertEquals(1, metrics.get("byClass").get("chat").get("abstained").asInt());
    }

    @Test
    @DisplayName("calibrate rejects a fold count the set cannot fill")
    void calibrate_tooManyFolds_exits2() throws IOException {
        Path queries = dir.resolve("q.jsonl");
        Files.writeString(queries, """
                {"query": "RNN 是啥", "relevant": ["a#2"], "kind": "in_domain"}
                {"query": "你好", "relevant": [], "kind": "out_of_domain"}
                """);
        int code = run("--content", dir.toString(), "calibrate", "--folds", "3", queries.toString());
        assertEquals(2, code);
        assertEquals("wenda calibrate: --folds must be between 2 and 2, was 3\n", err.toString());
    }

    @Test
    @DisplayName("calibrate prints cross-validated metrics per mode and writes weights the bot can read")
    void calibrate_writesWeights() throws IOException {
        Path queries = dir.resolve("q.jsonl");
        Files.writeString(queries, """
                {"query": "RNN 是啥", "relevant": ["a#2"], "kind": "in_domain"}
                {"query": "什么是感受野", "relevant": ["a#3"], "kind": "in_domain"}
                {"query": "池化有什么用", "relevant": ["a#1"], "kind": "in_domain"}
                {"query": "你好", "relevant": [], "kind": "out_of_domain", "class": "chat"}
                {"query": "C++ 虚函数", "relevant": [], "kind": "out_of_domain", "class": "other_field"}
                {"query": "今天天气怎么样", "relevant": [], "kind": "out_of_domain", "class": "chat"}
                """);
        Path weights = dir.resolve("decision.properties");
        int code = run(
                "--content",
                dir.toString(),
                "calibrate",
                "--folds",
                "2",
                "--out",
                weights.toString(),
                queries.toString());
        assertEquals(0, code, err.toString());
        List<String> lines = out.toString().lines().toList();
        assertEquals(
                "6 queries (+0 for the ranking only), 2-fold cross-validation (seed 20261205), target precision 0.97",
                lines.get(0));
        assertTrue(lines.get(3).startsWith("hybrid "), out.toString());
        assertEquals("wrote " + weights, lines.getLast());
        String written = Files.readString(weights);
        assertTrue(written.contains("\nhybrid.answerAt="), written);
        assertTrue(written.contains("\nbaseline.candidatesAt="), written);
    }
}
