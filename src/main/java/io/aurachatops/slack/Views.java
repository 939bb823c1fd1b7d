package io.aurachatops.slack;

import com.slack.api.model.block.LayoutBlock;
import com.slack.api.model.view.View;
import java.util.List;
import java.util.Optional;

/** Where modals are shown: Slack's {@code views.open}/{@code views.update}, or the sandbox console. */
public interface Views {

    /** An open view: its id and version. */
    record Opened(String viewId, String hash) {
    }

    /** Opens a modal within the trigger's 3 s; empty when it could not be opened (an expired trigger, say). */
    Optional<Opened> open(String triggerId, View view);

    /** Replaces an open view, unless it changed since {@code hash} (a newer update then wins). */
    void update(String viewId, String hash, View view);

    /**
     * The blocks last shown in a view, for a submission that came without them. Slack always sends them back,
     * so only a client that keeps no copy (the sandbox's helper) needs this.
     */
    default List<LayoutBlock> shown(String viewId) {
        return List.of();
    }
}
