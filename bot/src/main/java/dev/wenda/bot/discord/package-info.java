/**
 * The Discord adapter (JDA): a thin translator between Discord and the platform-free {@link
 * dev.wenda.bot.chat.ChatService}.
 *
 * <ul>
 *   <li>Events become {@link dev.wenda.bot.chat.ChatRequest}s: slash commands ({@code /ask},
 *       {@code /quiz start|stop|skip}, {@code /leaderboard}, {@code /group}, {@code /me}, {@code
 *       /review}, {@code /calc}, {@code /wenda help}), button clicks ({@code Click} with the
 *       reply action's id), the typed-answer modal ({@code TypedAnswer}), mentions of the bot
 *       ({@code Ask}) and, with the message-content intent, plain channel messages ({@code
 *       TypedAnswer}).
 *   <li>Every interaction is acknowledged on JDA's thread at once (deferred reply, deferred edit,
 *       modal or choices); the service runs on the {@code wenda-discord-N} workers and the answer
 *       edits the deferral or follows it up. A deferral's visibility is chosen per command;
 *       when the reply's {@code ephemeral} differs, the public placeholder is replaced by a
 *       private follow-up.
 *   <li>{@link dev.wenda.bot.discord.DiscordRenderer} renders a {@link dev.wenda.bot.chat.Reply}
 *       as a pure function (golden JSON in {@code src/test/resources/golden/discord}; regenerate
 *       with {@code -Dwenda.golden.update=true}). Allowed mentions are empty on every message.
 *   <li>Conventions with the services: {@link dev.wenda.bot.chat.Reply#nothing()} sends nothing
 *       (a deferred slash command's placeholder is deleted); a timed reply ({@code deadline})
 *       without buttons gets an "Answer" button that opens a modal; ids starting with {@code
 *       wenda:} belong to the adapter (the modal button, "full answer" pages of cut answers) and
 *       never reach the service.
 * </ul>
 */
package dev.wenda.bot.discord;
