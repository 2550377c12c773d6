package dev.wenda.bot.app;

/**
 * The root of the {@code wenda} command line as a command outside {@code cli} sees it (the
 * console's, through picocli's {@code @ParentCommand}): the composition root of this invocation.
 */
public interface CommandRoot {
    /** The composition root, built on first use from the environment and the global options. */
    Wiring wiring();
}
