package dev.wenda.bot.ask;

/** The words of ask replies, in Chinese or English. */
record AskTexts(
        String emptyQuestion,
        String didYouMeanTitle,
        String didYouMeanIntro,
        String noAnswerTitle,
        String noAnswerBody,
        String coveredTopics,
        String unknownEntry,
        String unknownAction,
        String thanks,
        String sources,
        String helpful,
        String notHelpful,
        String related) {

    static final AskTexts ZH = new AskTexts(
            "请在提问时写上问题，例如：`/ask 什么是感受野`",
            "你是不是想问：",
            "题库里有几个相近的问题，点一个查看答案：",
            "题库里没有这个问题的答案",
            "没有找到能回答 “%s” 的条目。",
            "题库涵盖的主题：",
            "这个条目已不在题库中。",
            "这个按钮已失效。",
            "谢谢反馈！",
            "来源",
            "👍 有帮助",
            "👎 没帮助",
            "相关：");

    static final AskTexts EN = new AskTexts(
            "Please write a question, e.g. `/ask what is a receptive field`",
            "Did you mean:",
            "The bank has a few close questions; pick one to see its answer:",
            "The bank has no answer to that",
            "No entry answers “%s”.",
            "Topics the bank covers:",
            "That entry is no longer in the bank.",
            "This button has expired.",
            "Thanks for the feedback!",
            "Source",
            "👍 Helpful",
            "👎 Not helpful",
            "Related:");

    static AskTexts of(boolean chinese) {
        return chinese ? ZH : EN;
    }
}
