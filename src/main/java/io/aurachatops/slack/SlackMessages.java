package io.aurachatops.slack;

import static com.slack.api.model.block.Blocks.actions;
import static com.slack.api.model.block.Blocks.context;
import static com.slack.api.model.block.Blocks.section;
import static com.slack.api.model.block.composition.BlockCompositions.confirmationDialog;
import static com.slack.api.model.block.composition.BlockCompositions.markdownText;
import static com.slack.api.model.block.composition.BlockCompositions.plainText;
import static com.slack.api.model.block.element.BlockElements.button;

import com.google.gson.Gson;
import com.google.gson.JsonObject;
import com.slack.api.model.block.LayoutBlock;
import com.slack.api.model.block.element.BlockElement;
import io.aurachatops.reply.Button;
import com.slack.api.util.json.GsonFactory;
import io.aurachatops.reply.Reply;
import java.util.ArrayList;
import java.util.List;

/** Renders a {@link Reply} as Block Kit with a plain-text fallback, inside Slack's size limits. */
public final class SlackMessages {

    static final int MAX_SECTION_CHARS = 3000;
    static final int MAX_BLOCKS = 50;
    static final int MAX_FALLBACK_CHARS = 3000;

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

    static List<LayoutBlock> blocks(Reply reply) {
        List<String> texts = new ArrayList<>();
        texts.add(clip(SlackText.escape(reply.summary()), MAX_SECTION_CHARS));
        for (String section : reply.sections()) {
            texts.addAll(chunks(SlackText.escape(section)));
        }
        List<LayoutBlock> blocks = new ArrayList<>();
        int room = MAX_BLOCKS - (reply.footnote() == null ? 0 : 1) - (reply.buttons().isEmpty() ? 0 : 1);
        int shown = Math.min(texts.size(), texts.size() > room ? room - 1 : room);
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
        if (reply.footnote() != null) {
            String footnote = clip(SlackText.escape(reply.footnote()), MAX_SECTION_CHARS);
            blocks.add(context(c -> c.elements(List.of(markdownText(footnote)))));
        }
        return blocks;
    }

    private static BlockElement toElement(Button b) {
        return button(e -> {
            e.actionId(b.actionId()).text(plainText(b.label())).value(b.value());
            if (b.danger()) {
                e.style("danger");
            }
            if (b.confirm() != null) {
                e.confirm(confirmationDialog(c -> c.title(plainText(b.confirm().title()))
                        .text(markdownText(SlackText.escape(b.confirm().text()))).confirm(plainText(b.confirm().yes()))
                        .deny(plainText(b.confirm().no())).style(b.danger() ? "danger" : "primary")));
            }
            return e;
        });
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

    private static String clip(String text, int max) {
        return text.length() <= max ? text : text.substring(0, max - 1) + "…";
    }
}
