package io.aurachatops.sandbox;

import com.slack.api.model.block.InputBlock;
import com.slack.api.model.block.LayoutBlock;
import com.slack.api.model.block.SectionBlock;
import com.slack.api.model.block.composition.MarkdownTextObject;
import com.slack.api.model.block.composition.OptionObject;
import com.slack.api.model.block.composition.PlainTextObject;
import com.slack.api.model.block.element.ConversationsSelectElement;
import com.slack.api.model.block.element.PlainTextInputElement;
import com.slack.api.model.block.element.StaticSelectElement;
import com.slack.api.model.view.View;
import com.slack.api.model.view.ViewSubmit;
import com.slack.api.model.view.ViewTitle;
import io.aurachatops.slack.Views;
import java.io.PrintStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Sandbox mode's modals: each view is printed on the console with the {@code aura-slash} commands that fill it,
 * choose in it and submit it, as a person would in Slack. There is one person here, so one form at a time.
 */
public final class ConsoleViews implements Views {

    /** The id of the sandbox's one open form; the helper sends it back with each choice and the submission. */
    public static final String VIEW_ID = "VSANDBOX";

    private final PrintStream out;
    private volatile List<LayoutBlock> shown = List.of();

    public ConsoleViews(PrintStream out) {
        this.out = out;
    }

    @Override
    public Optional<Opened> open(String triggerId, View view) {
        print("form opened", view);
        return Optional.of(new Opened(VIEW_ID, "sandbox"));
    }

    @Override
    public void update(String viewId, String hash, View view) {
        print("form updated", view);
    }

    @Override
    public List<LayoutBlock> shown(String viewId) {
        return VIEW_ID.equals(viewId) ? shown : List.of();
    }

    private synchronized void print(String heading, View view) {
        // A form that can be submitted; a new form (or its loading view) forgets the last one.
        shown = view.getSubmit() == null ? List.of() : List.copyOf(view.getBlocks());
        List<String> lines = new ArrayList<>();
        List<String> typed = new ArrayList<>();
        for (LayoutBlock block : view.getBlocks()) {
            if (block instanceof SectionBlock section) {
                lines.add(text(section.getText()));
            } else if (block instanceof InputBlock input) {
                lines.addAll(field(input, typed));
            }
        }
        if (view.getSubmit() != null) {
            lines.add("[" + text(view.getSubmit()) + "]  submit: " + ConsoleBox.HELPER + " submit "
                    + String.join(" ", typed));
        }
        out.println(ConsoleBox.of(heading + ": “" + text(view.getTitle()) + "”", lines));
    }

    /** An input: its label, and how to fill it from the helper. Text fields are given at submit time. */
    private static List<String> field(InputBlock input, List<String> typed) {
        String label = text(input.getLabel());
        List<String> lines = new ArrayList<>();
        if (input.getElement() instanceof StaticSelectElement select) {
            OptionObject chosen = select.getInitialOption();
            // Slack submits a preselected option as chosen; the helper knows only what it was told to choose.
            boolean preselected = chosen != null && select.getOptions().size() == 1;
            lines.add("▾ " + label + ": " + (chosen == null ? "not chosen yet" : text(chosen.getText())
                    + (preselected ? " (the only one; here, choose it with the line below)" : "")));
            for (OptionObject option : select.getOptions()) {
                lines.add("  • " + text(option.getText()) + "  choose: " + ConsoleBox.HELPER + " form "
                        + input.getBlockId() + " " + option.getValue());
            }
        } else if (input.getElement() instanceof PlainTextInputElement) {
            String example = input.isOptional() ? "[" + input.getBlockId() + "=…]" : input.getBlockId() + "=…";
            typed.add(example);
            lines.add("✎ " + label + ": given when you submit, as " + example
                    + (input.getHint() == null ? "" : " (" + text(input.getHint()) + ")"));
        } else if (input.getElement() instanceof ConversationsSelectElement) {
            lines.add("▾ " + label + ": the channel you typed in (AURA_SLASH_CHANNEL)");
        }
        return lines;
    }

    /** The words of a text object, a title or a submit label (three Slack classes with no common type). */
    private static String text(Object text) {
        if (text instanceof PlainTextObject plain) {
            return plain.getText();
        }
        if (text instanceof MarkdownTextObject markdown) {
            return markdown.getText();
        }
        if (text instanceof ViewTitle title) {
            return title.getText();
        }
        if (text instanceof ViewSubmit submit) {
            return submit.getText();
        }
        return text == null ? "" : text.toString();
    }
}
