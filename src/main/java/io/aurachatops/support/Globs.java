package io.aurachatops.support;

import java.util.Locale;
import java.util.regex.Pattern;

/** Case-insensitive globs as the configuration writes them: {@code *} any run of characters, {@code ?} one. */
public final class Globs {

    private Globs() {
    }

    /** A pattern to match against lower-cased text. */
    public static Pattern compile(String glob) {
        StringBuilder regex = new StringBuilder();
        for (char c : glob.toLowerCase(Locale.ROOT).toCharArray()) {
            switch (c) {
                case '*' -> regex.append(".*");
                case '?' -> regex.append('.');
                default -> regex.append(Pattern.quote(String.valueOf(c)));
            }
        }
        return Pattern.compile(regex.toString());
    }
}
