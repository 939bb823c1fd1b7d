package io.aurachatops.reply;

import java.util.List;

/**
 * What the bot says, independent of Slack: a one-line summary (also the notification text), sections of
 * Slack-flavoured markdown, an optional footnote, optional buttons and an optional menu.
 */
public record Reply(String summary, List<String> sections, String footnote, List<Button> buttons, Menu menu) {

    /** Nothing to say: the command answered through a status card instead. */
    public static final Reply NONE = new Reply("", List.of(), null, List.of());

    public Reply {
        sections = List.copyOf(sections);
        buttons = List.copyOf(buttons);
    }

    public Reply(String summary, List<String> sections, String footnote, List<Button> buttons) {
        this(summary, sections, footnote, buttons, null);
    }

    public static Reply of(String summary) {
        return new Reply(summary, List.of(), null, List.of());
    }

    public static Reply of(String summary, List<String> sections) {
        return new Reply(summary, sections, null, List.of());
    }

    public Reply withFootnote(String note) {
        return new Reply(summary, sections, note, buttons, menu);
    }

    public Reply withButtons(List<Button> newButtons) {
        return new Reply(summary, sections, footnote, newButtons, menu);
    }

    public Reply withMenu(Menu newMenu) {
        return new Reply(summary, sections, footnote, buttons, newMenu);
    }
}
