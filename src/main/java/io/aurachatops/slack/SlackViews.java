package io.aurachatops.slack;

import com.slack.api.methods.SlackApiException;
import com.slack.api.methods.response.views.ViewsOpenResponse;
import com.slack.api.methods.response.views.ViewsUpdateResponse;
import com.slack.api.model.view.View;
import io.quarkus.logging.Log;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Typed;
import java.io.IOException;
import java.util.Optional;

/** Modals in Slack. Opening runs in the ack path, so it uses the client that gives up in time. */
@ApplicationScoped
@Typed(SlackViews.class)
public class SlackViews implements Views {

    private final SlackClients clients;

    public SlackViews(SlackClients clients) {
        this.clients = clients;
    }

    @Override
    public Optional<Opened> open(String triggerId, View view) {
        try {
            ViewsOpenResponse opened = clients.ackPathMethods().viewsOpen(r -> r.triggerId(triggerId).view(view));
            if (!opened.isOk()) {
                Log.warnf("Slack refused to open a form: %s", opened.getError());
                return Optional.empty();
            }
            return Optional.of(new Opened(opened.getView().getId(), opened.getView().getHash()));
        } catch (IOException | SlackApiException e) {
            Log.warnf("Opening a form failed: %s", e.getClass().getSimpleName());
            return Optional.empty();
        }
    }

    @Override
    public void update(String viewId, String hash, View view) {
        try {
            ViewsUpdateResponse updated = clients.methods().viewsUpdate(r -> r.viewId(viewId).hash(hash).view(view));
            if (!updated.isOk()) {
                // hash_conflict: the person chose again meanwhile, and a newer job updates the view.
                Log.infof("Slack did not update the form %s: %s", viewId, updated.getError());
            }
        } catch (IOException | SlackApiException e) {
            Log.warnf("Updating the form %s failed: %s", viewId, e.getClass().getSimpleName());
        }
    }
}
