package dev.wenda.bot.cli;

import dev.wenda.bot.chat.Platform;
import dev.wenda.bot.config.ConfigException;
import dev.wenda.bot.config.ConfigKeys;
import dev.wenda.bot.config.ConfigLoader;
import dev.wenda.bot.config.WendaConfig;
import dev.wenda.bot.store.Database;
import dev.wenda.bot.store.UserData;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** {@code wenda admin}: operator tasks on the store. */
@Command(
        name = "admin",
        mixinStandardHelpOptions = true,
        description = "Operator tasks on the store (the database of wenda serve).",
        subcommands = {AdminCommand.ForgetUser.class})
public final class AdminCommand implements Runnable {
    @ParentCommand
    Main root;

    @Spec
    CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }

    /** {@code wenda admin forget-user}: deletes what the bot stores about one user. */
    @Command(
            name = "forget-user",
            mixinStandardHelpOptions = true,
            description = {
                "Delete what Wenda stores about a user: answers and scores, group memberships, review items and"
                        + " personal rounds; rounds, groups and board resets they made stay, with their name removed.",
                "Uses the database of the configuration (--config or $WENDA_CONFIG, and WENDA_DB_* variables)."
            })
    static final class ForgetUser implements Callable<Integer> {
        @ParentCommand
        AdminCommand admin;

        @Spec
        CommandSpec spec;

        @Option(names = "--platform", required = true, paramLabel = "PLATFORM", description = "discord or slack")
        Platform platform;

        @Parameters(paramLabel = "USER_ID", description = "the platform's user id, e.g. 80351110224678912 or U024BE7LH")
        String userId;

        @Option(
                names = "--config",
                paramLabel = "FILE",
                description = "The YAML configuration (default: $WENDA_CONFIG).")
        Path configFile;

        @Override
        public Integer call() {
            Map<String, String> env = System.getenv();
            WendaConfig config;
            try {
                Optional<Path> file = Optional.ofNullable(configFile)
                        .or(() -> Optional.ofNullable(env.get(ConfigKeys.CONFIG_FILE_ENV))
                                .filter(name -> !name.isBlank())
                                .map(Path::of));
                config = new ConfigLoader(env, () -> "wenda-admin").load(file);
            } catch (ConfigException e) {
                spec.commandLine().getErr().println(e.getMessage());
                return ServeCommand.CONFIG_ERROR;
            }
            String who = platform.name().toLowerCase(Locale.ROOT) + " user " + userId;
            UserData.Forgotten forgotten;
            try (Database db = admin.root.wiring(config).store()) {
                forgotten = new UserData(db).forget(platform.name(), userId.strip());
            }
            spec.commandLine()
                    .getOut()
                    .println(
                            forgotten.nothing()
                                    ? "Nothing stored about " + who + "."
                                    : "Forgot " + who + ": " + forgotten.deleted() + " rows deleted, "
                                            + forgotten.anonymized() + " rows kept without their name.");
            return 0;
        }
    }
}
