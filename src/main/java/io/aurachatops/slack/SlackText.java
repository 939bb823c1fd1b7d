package io.aurachatops.slack;

import java.util.regex.Pattern;

/**
 * Escapes text for Slack's mrkdwn, where {@code <…>} means a link or mention: keeps real mentions and links
 * ({@code <@U1>}, {@code <#C1>}, {@code <!here>}, {@code <!date^…>}, {@code <https://…>}) and turns every other angle bracket and
 * ampersand into an entity, so that {@code <id|name>} shows as typed.
 */
final class SlackText {

    private static final Pattern SLACK_MARKUP = Pattern.compile(
            "[@#!][A-Za-z0-9^|_.-]*|!date\\^\\d{1,12}\\^[a-z_{} ]{1,80}\\|[A-Za-z0-9:,. -]{1,40}|(https?|mailto):[^\\s<>]*");
    private static final Pattern ENTITY = Pattern.compile("&(amp|lt|gt);");

    private SlackText() {
    }

    static String escape(String text) {
        StringBuilder out = new StringBuilder(text.length() + 16);
        int i = 0;
        while (i < text.length()) {
            char c = text.charAt(i);
            if (c == '<') {
                int close = text.indexOf('>', i + 1);
                if (close > 0 && SLACK_MARKUP.matcher(text.substring(i + 1, close)).matches()) {
                    out.append(text, i, close + 1);
                    i = close + 1;
                    continue;
                }
                out.append("&lt;");
            } else if (c == '>') {
                out.append("&gt;");
            } else if (c == '&' && !ENTITY.matcher(text).region(i, text.length()).lookingAt()) {
                out.append("&amp;");
            } else {
                out.append(c);
            }
            i++;
        }
        return out.toString();
    }
}
