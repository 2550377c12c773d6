package dev.wenda.bot.slack;

/** How the shared text commands are typed on Slack; prepended to the help reply. */
final class SlackUsage {
    static final String HINT = "Type commands after `/wenda`, e.g. `/wenda quiz start BN count=5 seconds=20`;"
            + " `/wenda help` lists them all.";

    static final String SLACK = """
            **On Slack** every command follows `/wenda`:
            • `/wenda ask <question>`, or mention the app with your question to get the answer in a thread
            • `/wenda quiz start BN count=5 seconds=20 kinds=choice` (topic words, then `count=`, `seconds=`, `kinds=`), \
            `/wenda quiz stop`, `/wenda quiz skip`
            • click an option to answer; type numeric answers as a reply in the question's thread
            • `/wenda leaderboard channel week`, `/wenda group join NAME`, `/wenda me`, `/wenda review`, \
            `/wenda calc rf 3x3s1 3x3s1`
            • the app's Home tab shows your stats, the week's leaderboard and your groups""";

    private SlackUsage() {}

    /** The Slack usage, followed by the shared help text when there is one. */
    static String text(String sharedHelp) {
        return sharedHelp.isBlank() ? SLACK : SLACK + "\n\n" + sharedHelp;
    }
}
