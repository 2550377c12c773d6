/**
 * The Slack adapter on Bolt for Java: a thin translator between Bolt events and {@link
 * dev.wenda.bot.chat.ChatService}.
 *
 * <h2>What users get</h2>
 *
 * <ul>
 *   <li>One slash command, {@code /wenda}, whose text is parsed by the shared {@link
 *       dev.wenda.bot.chat.TextCommand} ({@code ask}, {@code quiz start|stop|skip}, {@code
 *       leaderboard}, {@code group}, {@code me}, {@code review}, {@code calc}, {@code help}); bad
 *       input gets the parser's usage line plus a hint on the Slack syntax, only for the user. The
 *       help reply puts the Slack forms first ({@code SlackUsage}).
 *   <li>Mentioning the app with a question asks it; the answer goes to a thread under the mention.
 *   <li>Replies are Block Kit ({@link dev.wenda.bot.slack.BlockKitRenderer}): header, the Markdown
 *       converted to mrkdwn by walking the commonmark AST, fields, images, the deadline as {@code
 *       <!date^…^{time_secs}|… UTC>}, the source ref as context, buttons. Limits: 3,000 characters
 *       per section (split at paragraph, then line, then word boundaries), 150 per header, 50
 *       blocks. Slack buttons cannot be disabled, so disabled actions (a revealed quiz question)
 *       are listed in a context line with ✅/❌. A generated picture (the receptive-field drawing)
 *       of a public reply is uploaded after it with files upload v2 ({@code files:write}); a
 *       failed upload is explained to the user privately. A private reply's file (a review export)
 *       goes to the user's direct messages with the app ({@code conversations.open}, {@code
 *       im:write}), never to the channel.
 *   <li>Quiz questions come through the {@link dev.wenda.bot.chat.Outbox} ({@code chat.postMessage};
 *       edits are {@code chat.update}); clicks answer with an ephemeral message through the
 *       {@code response_url}; typed answers are replies in the question's thread (Slack's {@code
 *       parent_user_id} names the bot) and are confirmed with {@code chat.postEphemeral}.
 *   <li>The App Home tab shows the replies to {@code me}, the week's workspace leaderboard, {@code
 *       group list} and how to start a round ({@code views.publish}).
 * </ul>
 *
 * <h2>Choices</h2>
 *
 * <ul>
 *   <li>Every event is acked at once; the work runs on the {@code wenda-slack-worker-N} threads and
 *       a failure is logged with its stack trace while the user gets a short apology ({@code
 *       SafeWorker}, the one error boundary). The worker hands the finished reply to {@code
 *       SlackDeliveries} and takes the next event: replies go out on 16 {@code
 *       wenda-slack-reply-N} lanes, in order per response_url (or per channel for posted
 *       messages), at most 256 waiting per lane (a full lane makes the workers wait), and the ones
 *       already handed over are sent at shutdown.
 *   <li>Mentions never leak: every mrkdwn text is built from escaped literals ({@code &amp; &lt;
 *       &gt;}) and marked {@code verbatim}; messages go out with {@code link_names=false} and no
 *       {@code parse=full}. Headers and button labels are {@code plain_text}, which Slack never
 *       parses for mentions. The one link the bot writes into a body itself is a channel the reply
 *       names ({@code Body.Channel}, shown {@code <#ID>}), which pings no one.
 *   <li>The origin's name, locale and admin flag come from one {@code users.info} call with {@code
 *       include_locale} per user, cached ten minutes (Caffeine). Workspace admins and owners, and
 *       the users listed in {@code slack.admins}, are admins. Without {@code users:read} the
 *       event's user name, English and no admin rights are used.
 *   <li>Socket Mode is the default. {@code slack.mode: http} serves {@code /slack/events} on {@code
 *       slack.host:slack.port} on a Jetty 12 connector bound to that host ({@code
 *       SlackHttpEndpoint}: parse, {@code app.run}, send). Before anything reads the body the
 *       timestamp must be within five minutes either way and a signature present (else 401); a
 *       body over 256 KB is refused with 413; the body must match the signature (401); a
 *       signature or an Events API {@code event_id} seen before is acknowledged and not run again.
 *       Responses carry no server banner or error page; refusals are logged as one escaped,
 *       capped line, at most one a second.
 * </ul>
 *
 * <h2>Slack app setup</h2>
 *
 * Bot scopes: {@code commands}, {@code chat:write}, {@code app_mentions:read}, {@code users:read},
 * {@code files:write}, {@code im:write} (private files in direct messages),
 * {@code channels:history} and {@code groups:history} (thread replies). Events: {@code
 * app_mention}, {@code message.channels}, {@code message.groups}, {@code app_home_opened}.
 * Interactivity on; the slash command {@code /wenda}; the Home tab enabled. Socket Mode needs an
 * app-level token with {@code connections:write}.
 */
package dev.wenda.bot.slack;
