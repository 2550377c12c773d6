package dev.wenda.bot.cli;

import dev.wenda.bot.app.GracefulShutdown;
import dev.wenda.bot.app.ServeRuntime;
import dev.wenda.bot.app.Warmup;
import dev.wenda.bot.app.Wiring;
import dev.wenda.bot.config.ConfigException;
import dev.wenda.bot.config.ConfigLoader;
import dev.wenda.bot.config.WendaConfig;
import dev.wenda.bot.ops.logging.LogSetup;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/**
 * {@code wenda serve}: runs the platforms enabled in the configuration with the store, the index
 * and the ops endpoint until SIGTERM (or Ctrl-C), then stops gracefully within
 * {@code shutdown.timeout-seconds}.
 */
@Command(
        name = "serve",
        mixinStandardHelpOptions = true,
        description = {
            "Run the bot for real: the platforms enabled in the configuration, the store, the index, and the ops"
                    + " endpoint (/healthz, /readyz, /metrics), until SIGTERM.",
            "Configuration: the YAML file (--config or $WENDA_CONFIG), overridden by WENDA_* variables."
                    + " See deploy/wenda.example.yaml."
        },
        exitCodeListHeading = "Exit codes:%n",
        // serve runs until a signal: the JVM then exits with 128 + the signal's number, after the
        // graceful stop (ServeProcessIT checks 143).
        exitCodeList = {
            "143:stopped by SIGTERM (docker stop, Kubernetes, systemd), after the graceful stop",
            "130:stopped by Ctrl-C (SIGINT), after the graceful stop",
            "1:could not start (e.g. a rejected token)",
            "78:bad configuration (do not restart; wenda config check FILE shows the problem)"
        })
public final class ServeCommand implements Callable<Integer> {
    /** Exit code for a configuration error (sysexits EX_CONFIG); systemd does not restart on it. */
    public static final int CONFIG_ERROR = 78;

    private static final Logger LOG = LoggerFactory.getLogger(ServeCommand.class);

    @ParentCommand
    Main root;

    @Spec
    CommandSpec spec;

    @Mixin
    ConfigOption configuration;

    /** Builds the class-data archive at package time: one run through start-up, then a graceful stop. */
    @Option(
            names = "--exit-when-ready",
            hidden = true,
            description = "Stop gracefully as soon as the index and the database are loaded.")
    boolean exitWhenReady;

    @Override
    public Integer call() throws InterruptedException {
        Map<String, String> env = System.getenv();
        ConfigLoader loader = new ConfigLoader(env, ServeCommand::hostName);
        WendaConfig config;
        try {
            config = loader.load(configuration.file(env));
        } catch (ConfigException e) {
            spec.commandLine().getErr().println(e.getMessage());
            return CONFIG_ERROR;
        }
        LogSetup.apply(config.log(), config.secrets());
        loader.unknownEnvNames().forEach(name -> LOG.warn("{} is set, but no configuration key reads it", name));
        Wiring wiring = root.wiring(config);
        Warmup index = new Warmup("index", wiring::search);
        Warmup database = new Warmup("database", wiring::store, wiring::storeAnswers, true);
        ServeRuntime runtime = wiring.serveRuntime(index, database);
        GracefulShutdown shutdown = new GracefulShutdown(config.shutdown().timeout(), System::nanoTime);
        CountDownLatch stopped = new CountDownLatch(1);
        Thread hook = Thread.ofPlatform().name("wenda-shutdown").unstarted(() -> {
            LOG.info("stopping (budget {} s)", config.shutdown().timeout().toSeconds());
            shutdown.run(runtime.stopSteps());
            LOG.info("stopped");
            stopped.countDown();
        });
        Runtime.getRuntime().addShutdownHook(hook);
        LOG.info("wenda starting as {}", config.instance().id());
        try {
            Thread indexLoad = index.start();
            Thread databaseLoad = database.start();
            runtime.start();
            if (config.discord().enabled() || config.slack().enabled()) {
                wiring.roundLeases().start(); // resumes open rounds, then keeps and takes over leases
                wiring.scheduleKeeper().start(); // fires scheduled rounds and daily questions
                wiring.digestKeeper().start(); // posts the weekly gap digests
            }
            if (!exitWhenReady) {
                Thread.ofPlatform()
                        .name("wenda-settle")
                        .daemon()
                        .start(() -> collectStartUpGarbage(indexLoad, databaseLoad));
            }
            if (exitWhenReady) {
                indexLoad.join();
                databaseLoad.join();
                Runtime.getRuntime().removeShutdownHook(hook);
                shutdown.run(runtime.stopSteps());
                return 0;
            }
        } catch (InterruptedException e) {
            throw e;
        } catch (Exception e) {
            LOG.error("cannot start: {}", e.getMessage(), e);
            Runtime.getRuntime().removeShutdownHook(hook);
            shutdown.run(runtime.stopSteps());
            return 1;
        }
        stopped.await();
        return 0;
    }

    /**
     * One full collection once the index and the store are loaded. Start-up allocates about 250 MB
     * and keeps about 33 MiB; the serial collector the launcher runs {@code serve} with has no
     * periodic collection, so without this the start-up garbage would stay in the old generation
     * (and in resident memory) until the heap next fills. With {@code -XX:-ShrinkHeapInSteps} the
     * heap shrinks to the live data at once (docs/operations.md, Start-up: memory).
     */
    private static void collectStartUpGarbage(Thread... loads) {
        try {
            for (Thread load : loads) {
                load.join();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return;
        }
        System.gc();
    }

    private static String hostName() {
        String fromEnv = System.getenv("HOSTNAME");
        if (fromEnv != null && !fromEnv.isBlank()) {
            return fromEnv;
        }
        try {
            return InetAddress.getLocalHost().getHostName();
        } catch (UnknownHostException e) {
            return "wenda";
        }
    }
}
