package io.aurachatops.jobs.runtime;

import io.aurachatops.jobs.ButtonAction;
import io.aurachatops.jobs.ButtonClickJob;
import io.aurachatops.jobs.JobHandler;
import io.quarkus.logging.Log;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Instance;
import java.util.HashMap;
import java.util.Map;

/** Hands each action-button click to the workflow that owns that button. */
@ApplicationScoped
public class ButtonClicks implements JobHandler<ButtonClickJob> {

    private final Map<String, ButtonAction> actions = new HashMap<>();

    public ButtonClicks(Instance<ButtonAction> all) {
        all.forEach(a -> a.actionIds().forEach(id -> actions.put(id, a)));
    }

    @Override
    public Class<ButtonClickJob> kind() {
        return ButtonClickJob.class;
    }

    @Override
    public void run(ButtonClickJob click) {
        ButtonAction action = actions.get(click.actionId());
        if (action == null) {
            // An old message's button whose action this build no longer has.
            Log.infof("Ignored a click on an unknown button %s", click.actionId());
            return;
        }
        action.clicked(click);
    }
}
