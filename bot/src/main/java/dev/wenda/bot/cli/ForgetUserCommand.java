package dev.wenda.bot.cli;

import dev.wenda.bot.chat.Platform;
import dev.wenda.bot.config.WendaConfig;
import dev.wenda.bot.store.Database;
import dev.wenda.bot.store.StoreException;
import dev.wenda.bot.store.UserData;
import java.io.PrintWriter;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/**
 * {@code wenda admin forget-user}: deletes what the store keeps about one user (of one community, or
 * of every community of the platform) in one transaction, anonymises the rows that must stay, and
 * prints the rows touched per table.
 */
@Command(
        name = "forget-user",
        mixinStandardHelpOptions = true,
        description = {
            "Delete everything stored about one user (answers, scores, skip votes, group memberships, review items,"
                    + " answer feedback, personal"
                    + " review rounds) in one transaction; rounds, groups and board resets they made keep an"
                    + " anonymised '(forgotten)' in place of their id and name.",
            "Uses the database of the configuration (--config or $WENDA_CONFIG, overridden by WENDA_* variables)."
        },
        exitCodeListHeading = "Exit codes:%n",
        exitCodeList = {"0:done (also when nothing was stored)", "1:database error", "78:bad configuration"})
final class ForgetUserCommand implements Callable<Integer> {
    @ParentCommand
    AdminCommand parent;

    @Spec
    CommandSpec spec;

    @Option(names = "--platform", required = true, paramLabel = "PLATFORM", description = "discord, slack or console")
    Platform platform;

    @Option(
            names = "--community",
            paramLabel = "ID",
            description = "The Discord server id, the Slack team id (T…), or 'console'; without it, every community"
                    + " of the platform")
    String community;

    @Option(names = "--user", required = true, paramLabel = "ID", description = "The platform user id")
    String user;

    @Mixin
    ConfigOption configuration;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        if ((community != null && community.isBlank()) || user.isBlank()) {
            err.println("wenda admin forget-user: --community and --user must not be blank");
            err.flush();
            return 2;
        }
        Optional<WendaConfig> config = configuration.load(err);
        if (config.isEmpty()) {
            return ServeCommand.CONFIG_ERROR;
        }
        try (Database db = parent.root.wiring(config.get()).store()) {
            Optional<String> where = Optional.ofNullable(community).map(String::strip);
            Map<String, Integer> counts = new UserData(db).forgetUser(platform.name(), where, user.strip());
            out.println("Forgot " + platform.name().toLowerCase(java.util.Locale.ROOT) + " user " + user.strip()
                    + where.map(c -> " in community " + c).orElse(" in every community") + ":");
            int width = counts.keySet().stream().mapToInt(String::length).max().orElse(0);
            counts.forEach(
                    (table, rows) -> out.println("  " + table + " ".repeat(width - table.length()) + "  " + rows));
            out.println("Total rows: "
                    + counts.values().stream().mapToInt(Integer::intValue).sum());
            out.flush();
            return 0;
        } catch (StoreException e) {
            err.println("wenda admin forget-user: nothing was changed: " + e.getMessage());
            err.flush();
            return 1;
        }
    }
}
