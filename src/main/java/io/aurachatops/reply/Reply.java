package io.aurachatops.reply;

import java.util.List;

/**
 * What the bot says, independent of Slack: a one-line summary (also the notification text), sections of
 * Slack-flavoured markdown, and an optional footnote.
 */
public record Reply(String summary, List<String> sections, String footnote) {

    /** Nothing to say: the command answered through a status card instead. */
    public static final Reply NONE = new Reply("", List.of(), null);

    public Reply {
        sections = List.copyOf(sections);
    }

    public static Reply of(String summary) {
        return new Reply(summary, List.of(), null);
    }

    public static Reply of(String summary, List<String> sections) {
        return new Reply(summary, sections, null);
    }

    public Reply withFootnote(String note) {
        return new Reply(summary, sections, note);
    }
}
