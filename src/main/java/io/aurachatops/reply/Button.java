package io.aurachatops.reply;

/**
 * A button on a message. {@code value} travels back with the click; {@code confirm}, when set, asks
 * "are you sure?" in the client first (a convenience, not a security check).
 */
public record Button(String actionId, String label, String value, boolean danger, Confirm confirm) {

    /** The client-side confirmation dialog. */
    public record Confirm(String title, String text, String yes, String no) {
    }

    @Override
    public String toString() {
        return "Button[" + actionId + ", " + label + "]";
    }
}
