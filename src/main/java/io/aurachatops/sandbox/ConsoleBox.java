package io.aurachatops.sandbox;

import java.util.List;

/** One message of the sandbox console: a heading and lines in a box, Slack's escapes and date markup resolved. */
final class ConsoleBox {

    static final String HELPER = "infra/local/aura-slash";

    private ConsoleBox() {
    }

    static String of(String heading, List<String> lines) {
        StringBuilder text = new StringBuilder();
        text.append("\n┌─ Slack · ").append(heading).append('\n');
        for (String line : lines) {
            text.append("│ ").append(line.replace("\n", "\n│ ")).append('\n');
        }
        text.append("└─");
        // Slack shows <!date^…|fallback> in the reader's own time zone; the console shows the fallback.
        return text.toString().replace("&lt;", "<").replace("&gt;", ">").replace("&amp;", "&")
                .replaceAll("<!date\\^\\d+\\^[^|>]*\\|([^>]*)>", "$1");
    }
}
