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
}
