package io.aurachatops.jobs;

/** What one kind of action button does when clicked; it lives with the workflow it serves. */
public interface ButtonAction {

    /** The button's action id, starting with {@link ButtonClickJob#PREFIX}. */
    String actionId();

    void clicked(ButtonClickJob click);
}
