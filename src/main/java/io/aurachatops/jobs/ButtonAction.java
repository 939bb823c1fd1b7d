package io.aurachatops.jobs;

import java.util.Set;

/** What one kind of action button does when clicked; it lives with the workflow it serves. */
public interface ButtonAction {

    /** The action ids it handles, each starting with {@link ButtonClickJob#PREFIX}. */
    Set<String> actionIds();

    void clicked(ButtonClickJob click);
}
