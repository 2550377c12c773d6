package dev.wenda.bot.cli;

import dev.wenda.content.CheckReport;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/**
 * {@code wenda content check DIR}: prints each problem as {@code file:line: message} and a summary;
 * exits 1 when there is an error, 0 otherwise (warnings allowed).
 */
@Command(
        name = "check",
        mixinStandardHelpOptions = true,
        description = "Validate a folder of Q&A files; exit code 1 when there are errors.")
final class ContentCheckCommand implements Callable<Integer> {
    @ParentCommand
    ContentCommand parent;

    @Spec
    CommandSpec spec;

    @Parameters(arity = "0..1", paramLabel = "DIR", description = "The folder to check (default: --content).")
    Path dir;

    @Override
    public Integer call() {
        Path folder = parent.folder(dir);
        if (folder == null) {
            PrintWriter err = spec.commandLine().getErr();
            err.println("wenda content check: name the folder to check, e.g. wenda content check my-bank/");
            err.flush();
            return 2;
        }
        CheckReport report = CheckReport.of(folder);
        PrintWriter out = spec.commandLine().getOut();
        report.lines().forEach(out::println);
        out.flush();
        return report.exitCode();
    }
}
