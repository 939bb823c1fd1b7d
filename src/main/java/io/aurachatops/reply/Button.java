package io.aurachatops.reply;

/**
 * A button on a message. {@code value} travels back with the click; {@code confirm}, when set, asks
 * "are you sure?" in the client first (a convenience, not a security check).
 */
public record Button(String actionId, String label, String value, boolean danger, Confirm confirm) {

    /** The action id of the button that opens the guided create form (the ack path opens it: it needs the click's trigger). */
    public static final String OPEN_CREATE_FORM = "aura_open_create";

    /** A button that opens the guided create form; anyone may open it, a create still needs the operator role. */
    public static Button openCreateForm() {
        return new Button(OPEN_CREATE_FORM, "➕ Create instance", "form", false, null);
    }

    /** The client-side confirmation dialog. */
    public record Confirm(String title, String text, String yes, String no) {
    }

    @Override
    public String toString() {
        return "Button[" + actionId + ", " + label + "]";
    }
}
