package io.aurachatops.reply;

import java.util.List;

/** A drop-down of choices on a message (for lists too long for a button each); the chosen value travels back. */
public record Menu(String actionId, String placeholder, List<Option> options) {

    /** One choice: what it shows, and the value its selection sends. */
    public record Option(String label, String value) {
    }

    public Menu {
        options = List.copyOf(options);
    }

    @Override
    public String toString() {
        return "Menu[" + actionId + ", " + options.size() + " options]";
    }
}
