package io.aurachatops.command;

import java.util.ArrayList;
import java.util.List;

/**
 * Splits command text into words. Understands straight and typographic quotes (Slack clients turn
 * {@code "} into {@code “”}), Slack's {@code <…>} escapes and its {@code &amp;}-style entities.
 */
final class Tokenizer {

    static final int MAX_LENGTH = 1000;

    private Tokenizer() {
    }

    static List<String> split(String text) {
        if (text.length() > MAX_LENGTH) {
            throw new UsageException("That command is " + text.length() + " characters long; the most I accept is "
                    + MAX_LENGTH + ".", null);
        }
        List<String> words = new ArrayList<>();
        StringBuilder word = new StringBuilder();
        boolean inWord = false;
        int i = 0;
        while (i < text.length()) {
            char c = text.charAt(i);
            checkCharacter(c);
            if (isSpace(c)) {
                if (inWord) {
                    words.add(word.toString());
                    word.setLength(0);
                    inWord = false;
                }
                i++;
            } else if (closingQuote(c) != 0) {
                int end = text.indexOf(closingQuote(c), i + 1);
                if (c == '“' && end < 0) {
                    end = text.indexOf('"', i + 1);
                }
                if (end < 0) {
                    throw new UsageException("A quote (" + c + ") is not closed.", null);
                }
                String quoted = text.substring(i + 1, end);
                quoted.chars().forEach(ch -> checkCharacter((char) ch));
                word.append(unescape(quoted));
                inWord = true;
                i = end + 1;
            } else if (c == '<') {
                int end = text.indexOf('>', i + 1);
                if (end < 0) {
                    word.append(c);
                    i++;
                } else {
                    word.append(unescape(link(text.substring(i + 1, end))));
                    i = end + 1;
                }
                inWord = true;
            } else {
                int end = i;
                while (end < text.length() && !isSpace(text.charAt(end)) && closingQuote(text.charAt(end)) == 0
                        && text.charAt(end) != '<') {
                    checkCharacter(text.charAt(end));
                    end++;
                }
                word.append(unescape(text.substring(i, end)));
                inWord = true;
                i = end;
            }
        }
        if (inWord) {
            words.add(word.toString());
        }
        return words;
    }

    /** {@code <https://x|label>} → label; {@code <@U123>} → U123; {@code <mailto:a@b|a@b>} → a@b. */
    private static String link(String inner) {
        int bar = inner.indexOf('|');
        if (bar >= 0 && bar < inner.length() - 1) {
            return inner.substring(bar + 1);
        }
        String target = bar >= 0 ? inner.substring(0, bar) : inner;
        if (target.startsWith("@") || target.startsWith("#") || target.startsWith("!")) {
            return target.substring(1);
        }
        return target.startsWith("mailto:") ? target.substring("mailto:".length()) : target;
    }

    private static String unescape(String s) {
        return s.replace("&lt;", "<").replace("&gt;", ">").replace("&amp;", "&");
    }

    private static char closingQuote(char c) {
        return switch (c) {
            case '"' -> '"';
            case '\'' -> '\'';
            case '“' -> '”';
            case '‘' -> '’';
            default -> 0;
        };
    }

    private static boolean isSpace(char c) {
        return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\u00a0';
    }

    private static void checkCharacter(char c) {
        if (c == '\uFFFD') {
            throw new UsageException("The command contains bytes that are not valid UTF-8 text.", null);
        }
        if (Character.isISOControl(c) && !isSpace(c)) {
            throw new UsageException("The command contains a control character (U+" + String.format("%04X", (int) c)
                    + "); please type it again.", null);
        }
    }
}
