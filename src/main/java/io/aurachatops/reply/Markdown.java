package io.aurachatops.reply;

import java.util.Map;

/**
 * Text from users or Aura, made safe to place inside Slack-flavoured markdown: no live mention or link
 * ({@code <!channel>}, {@code <http://…|…>}), and no character that would start or end formatting. Those
 * are shown as look-alikes, which {@link #plain} turns back when a user pastes a shown name into a command.
 */
public final class Markdown {

    /** ASCII formatting characters and the look-alikes shown instead. */
    private static final Map<Character, Character> LOOK_ALIKES = Map.of('*', '\u2217', '~', '\u223C', '`', '\u02CB',
            '_', '\u02CD');

    private Markdown() {
    }

    public static String escape(String text) {
        if (text == null) {
            return "";
        }
        StringBuilder out = new StringBuilder(text.length() + 8);
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '&' -> out.append("&amp;");
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                // Inside a word (orders_graph) an underscore formats nothing, so it stays as typed.
                case '_' -> out.append(insideWord(text, i) ? c : LOOK_ALIKES.get(c));
                case '*', '~', '`' -> out.append(LOOK_ALIKES.get(c));
                default -> out.append(c);
            }
        }
        return out.toString();
    }

    /** A name as typed, with the look-alikes that {@link #escape} shows turned back into what they stand for. */
    public static String plain(String text) {
        String result = text;
        for (Map.Entry<Character, Character> pair : LOOK_ALIKES.entrySet()) {
            result = result.replace(pair.getValue(), pair.getKey());
        }
        return result;
    }

    private static boolean insideWord(String text, int i) {
        return i > 0 && i < text.length() - 1 && Character.isLetterOrDigit(text.charAt(i - 1))
                && Character.isLetterOrDigit(text.charAt(i + 1));
    }
}
