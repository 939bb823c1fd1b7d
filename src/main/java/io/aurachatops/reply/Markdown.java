package io.aurachatops.reply;

/** Text from users or Aura, made safe to place inside Slack-flavoured markdown. */
public final class Markdown {

    private Markdown() {
    }

    public static String escape(String text) {
        if (text == null) {
            return "";
        }
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("`", "'");
    }
}
