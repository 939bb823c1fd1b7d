package io.aurachatops.slack;

import static com.slack.api.model.block.Blocks.actions;
import static com.slack.api.model.block.Blocks.context;
import static com.slack.api.model.block.Blocks.divider;
import static com.slack.api.model.block.Blocks.header;
import static com.slack.api.model.block.Blocks.section;
import static com.slack.api.model.block.composition.BlockCompositions.confirmationDialog;
import static com.slack.api.model.block.composition.BlockCompositions.markdownText;
import static com.slack.api.model.block.composition.BlockCompositions.plainText;
import static com.slack.api.model.block.element.BlockElements.button;
import static com.slack.api.model.block.element.BlockElements.staticSelect;

import com.google.gson.Gson;
import com.google.gson.JsonObject;
import com.slack.api.model.block.LayoutBlock;
import com.slack.api.model.block.composition.OptionObject;
import com.slack.api.model.block.element.BlockElement;
import io.aurachatops.reply.Button;
import io.aurachatops.reply.Menu;
import com.slack.api.util.json.GsonFactory;
import io.aurachatops.reply.Reply;
import java.util.ArrayList;
import java.util.List;

/** Renders a {@link Reply} as Block Kit with a plain-text fallback, inside Slack's size limits. */
public final class SlackMessages {

    static final int MAX_SECTION_CHARS = 3000;
    static final int MAX_BLOCKS = 50;
    static final int MAX_FALLBACK_CHARS = 3000;
    /**
     * What one message's blocks may hold in all: {@code chat.postMessage} refuses about 12,000 characters with
     * {@code msg_blocks_too_long} (seen by Bolt users, not documented), so this stays well below.
     */
    static final int MAX_MESSAGE_CHARS = 11_000;
    /** Slack's limits for a confirmation dialog and a button. */
    static final int MAX_CONFIRM_TITLE = 100;
    static final int MAX_CONFIRM_TEXT = 300;
    static final int MAX_CONFIRM_BUTTON = 30;
    static final int MAX_BUTTON_TEXT = 75;
    static final int MAX_MENU_OPTIONS = 100;
    static final int MAX_HOME_BLOCKS = 100;
    static final int MAX_OPTION_TEXT = 75;

    private static final Gson GSON = GsonFactory.createSnakeCase();

    private SlackMessages() {
    }

    /** A private answer, for a slash command's HTTP response or its {@code response_url}. */
    public static String ephemeral(Reply reply) {
        return ephemeral(reply, false);
    }

    /** With {@code replace}, the message replaces the private answer this {@code response_url} gave before. */
    public static String ephemeral(Reply reply, boolean replace) {
        JsonObject message = message(reply);
        message.addProperty("response_type", "ephemeral");
        message.addProperty("replace_original", replace);
        return GSON.toJson(message);
    }

    /** The notification text of a message: its summary, escaped and clipped. */
    static String fallbackText(Reply reply) {
        return clip(SlackText.escape(reply.summary()), MAX_FALLBACK_CHARS);
    }

    static JsonObject message(Reply reply) {
        JsonObject message = new JsonObject();
        message.addProperty("text", fallbackText(reply));
        message.add("blocks", GSON.toJsonTree(blocks(reply)));
        return message;
    }

    /** A Home tab holds up to 100 blocks; its content is built to stay well within that. */
    static List<LayoutBlock> homeBlocks(Reply reply) {
        List<LayoutBlock> blocks = new ArrayList<>(List.of(header(h -> h.text(plainText(clip(reply.summary(), 150))))));
        for (String section : reply.sections()) {
            for (String text : chunks(SlackText.escape(section))) {
                blocks.add(section(s -> s.text(markdownText(text))));
            }
            blocks.add(divider());
        }
        // The common actions go first, under the header: Create, and the menu of the viewer's instances' actions.
        List<BlockElement> elements = new ArrayList<>();
        reply.buttons().forEach(b -> elements.add(toElement(b)));
        if (reply.menu() != null && !reply.menu().options().isEmpty()) {
            elements.add(toElement(reply.menu()));
        }
        if (!elements.isEmpty()) {
            blocks.add(1, actions(a -> a.elements(elements)));
        }
        if (reply.footnote() != null) {
            String footnote = clip(SlackText.escape(reply.footnote()), MAX_SECTION_CHARS);
            blocks.add(context(c -> c.elements(List.of(markdownText(footnote)))));
        }
        return blocks.size() <= MAX_HOME_BLOCKS ? blocks : blocks.subList(0, MAX_HOME_BLOCKS);
    }

    static List<LayoutBlock> blocks(Reply reply) {
        List<String> texts = new ArrayList<>();
        texts.add(clip(SlackText.escape(reply.summary()), MAX_SECTION_CHARS));
        for (String section : reply.sections()) {
            texts.addAll(chunks(SlackText.escape(section)));
        }
        List<LayoutBlock> blocks = new ArrayList<>();
        int room = MAX_BLOCKS - (reply.footnote() == null ? 0 : 1) - (reply.buttons().isEmpty() ? 0 : 1)
                - (reply.menu() == null ? 0 : 1);
        int shown = Math.min(texts.size(), texts.size() > room ? room - 1 : room);
        int budget = MAX_MESSAGE_CHARS - reserved(reply);
        int used = 0;
        for (int i = 0; i < shown; i++) {
            used += texts.get(i).length();
            if (used > budget) {
                shown = i;
                break;
            }
        }
        for (String text : texts.subList(0, shown)) {
            blocks.add(section(s -> s.text(markdownText(text))));
        }
        if (shown < texts.size()) {
            int left = texts.size() - shown;
            blocks.add(context(c -> c.elements(List.of(markdownText("… " + left + " more part(s) not shown.")))));
        }
        if (!reply.buttons().isEmpty()) {
            List<BlockElement> elements = new ArrayList<>();
            reply.buttons().forEach(b -> elements.add(toElement(b)));
            blocks.add(actions(a -> a.elements(elements)));
        }
        if (reply.menu() != null && !reply.menu().options().isEmpty()) {
            blocks.add(actions(a -> a.elements(List.of(toElement(reply.menu())))));
        }
        if (reply.footnote() != null) {
            String footnote = clip(SlackText.escape(reply.footnote()), MAX_SECTION_CHARS);
            blocks.add(context(c -> c.elements(List.of(markdownText(footnote)))));
        }
        return blocks;
    }

    /** A static select: at most 100 options of at most 75 characters each (Slack's limits). */
    private static BlockElement toElement(Menu menu) {
        List<OptionObject> options = menu.options().stream().limit(MAX_MENU_OPTIONS)
                .map(o -> OptionObject.builder().text(plainText(clip(o.label(), MAX_OPTION_TEXT))).value(o.value()).build())
                .toList();
        return staticSelect(e -> e.actionId(menu.actionId()).placeholder(plainText(clip(menu.placeholder(),
                MAX_BUTTON_TEXT))).options(options));
    }

    private static BlockElement toElement(Button b) {
        return button(e -> {
            e.actionId(b.actionId()).text(plainText(clip(b.label(), MAX_BUTTON_TEXT))).value(b.value());
            if (b.danger()) {
                e.style("danger");
            }
            if (b.confirm() != null) {
                e.confirm(confirmationDialog(c -> c.title(plainText(clip(b.confirm().title(), MAX_CONFIRM_TITLE)))
                        .text(markdownText(clip(SlackText.escape(b.confirm().text()), MAX_CONFIRM_TEXT)))
                        .confirm(plainText(clip(b.confirm().yes(), MAX_CONFIRM_BUTTON)))
                        .deny(plainText(clip(b.confirm().no(), MAX_CONFIRM_BUTTON))).style(b.danger() ? "danger" : "primary")));
            }
            return e;
        });
    }

    /**
     * A reply too long for one message, as consecutive messages that each fit: the first keeps the summary,
     * the last the footnote and the buttons. A reply that fits is returned as it is.
     */
    static List<Reply> split(Reply reply) {
        List<String> pieces = new ArrayList<>();
        reply.sections().forEach(section -> pieces.addAll(chunks(section)));
        int budget = MAX_MESSAGE_CHARS - reserved(reply) - Math.min(MAX_SECTION_CHARS,
                SlackText.escape(reply.summary()).length());
        List<List<String>> groups = new ArrayList<>();
        List<String> group = new ArrayList<>();
        int used = 0;
        for (String piece : pieces) {
            int size = SlackText.escape(piece).length();
            if (!group.isEmpty() && (used + size > budget || group.size() >= MAX_BLOCKS - 3)) {
                groups.add(group);
                group = new ArrayList<>();
                used = 0;
            }
            group.add(piece);
            used += size;
        }
        groups.add(group);
        if (groups.size() == 1) {
            return List.of(reply);
        }
        List<Reply> parts = new ArrayList<>();
        for (int i = 0; i < groups.size(); i++) {
            boolean last = i == groups.size() - 1;
            String summary = i == 0 ? reply.summary() : "(continued, " + (i + 1) + " of " + groups.size() + ")";
            Reply part = new Reply(summary, groups.get(i), last ? reply.footnote() : null, last ? reply.buttons()
                    : List.of(), last ? reply.menu() : null);
            parts.add(part);
        }
        return parts;
    }

    /** What a message keeps free of its sections: the footnote, the buttons, the menu and a "not shown" line. */
    private static int reserved(Reply reply) {
        int footnote = reply.footnote() == null ? 0 : Math.min(MAX_SECTION_CHARS, SlackText.escape(reply.footnote()).length());
        int menu = reply.menu() == null ? 0 : reply.menu().options().stream().limit(MAX_MENU_OPTIONS)
                .mapToInt(o -> Math.min(MAX_OPTION_TEXT, o.label().length())).sum() + MAX_BUTTON_TEXT;
        return footnote + menu + reply.buttons().size() * (MAX_CONFIRM_TEXT + MAX_CONFIRM_TITLE + 2 * MAX_BUTTON_TEXT)
                + 100;
    }

    /** Splits at line ends so that no section exceeds Slack's limit. */
    static List<String> chunks(String text) {
        List<String> parts = new ArrayList<>();
        StringBuilder part = new StringBuilder();
        for (String line : text.split("\n", -1)) {
            String piece = clip(line, MAX_SECTION_CHARS);
            if (part.length() > 0 && part.length() + 1 + piece.length() > MAX_SECTION_CHARS) {
                parts.add(part.toString());
                part.setLength(0);
            }
            if (part.length() > 0) {
                part.append('\n');
            }
            part.append(piece);
        }
        if (part.length() > 0 || parts.isEmpty()) {
            parts.add(part.length() == 0 ? " " : part.toString());
        }
        return parts;
    }

    static String clip(String text, int max) {
        return text.length() <= max ? text : text.substring(0, max - 1) + "…";
    }
}
