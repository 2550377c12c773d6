package dev.wenda.bot.cli;

import dev.wenda.bot.config.ConfigException;
import dev.wenda.bot.config.ConfigKeys;
import dev.wenda.bot.config.ConfigLoader;
import dev.wenda.bot.config.WendaConfig;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** {@code wenda admin}: operator tasks on the bot's stored data. */
@Command(
        name = "admin",
        mixinStandardHelpOptions = true,
        description = "Operator tasks on the stored data (the database named by the configuration).",
        subcommands = {ForgetUserCommand.class, FeedbackCommand.class})
public final class AdminCommand implements Runnable {
    @ParentCommand
    Main root;

    @Spec
    CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }

    /**
     * The configuration a subcommand works with: {@code configFile} when given, else the file named
     * by {@code $WENDA_CONFIG}, else the defaults; {@code WENDA_*} variables override either.
     */
    static WendaConfig config(Path configFile) throws ConfigException {
        Map<String, String> env = System.getenv();
        Optional<Path> file = Optional.ofNullable(configFile).or(() -> {
            String fromEnv = env.getOrDefault(ConfigKeys.CONFIG_FILE_ENV, "");
            return fromEnv.isBlank() ? Optional.empty() : Optional.of(Path.of(fromEnv));
        });
        return new ConfigLoader(env, () -> "wenda").load(file);
    }
}
