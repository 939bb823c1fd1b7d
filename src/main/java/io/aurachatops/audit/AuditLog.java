package io.aurachatops.audit;

import io.aurachatops.settings.CurrentSettings;
import io.aurachatops.settings.RunSettings;
import io.aurachatops.command.Requester;
import io.aurachatops.reply.Markdown;
import io.aurachatops.reply.Notifier;
import io.aurachatops.reply.Reply;
import io.quarkus.logging.Log;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Provider;

/**
 * One line per mutating action or refusal: who, where, what, on which instance, how it ended, and Aura's
 * {@code X-Request-Id}. To the structured log always, and to {@code AURA_AUDIT_CHANNEL} when set.
 */
@ApplicationScoped
public class AuditLog {

    private final CurrentSettings settings;
    private final Provider<Notifier> notifier;

    public AuditLog(CurrentSettings settings, Provider<Notifier> notifier) {
        this.settings = settings;
        this.notifier = notifier;
    }

    public void record(Requester requester, String verb, String instance, String outcome, String auraRequestId) {
        String id = logOnly(requester, verb, instance, outcome, auraRequestId);
        // The scheduler has no Slack user or channel: it is named, not mentioned.
        String who = requester.channelId().equals("-") ? "by the cost-saving schedule"
                : "by <@" + requester.userId() + "> in <#" + requester.channelId() + ">";
        settings.current().text(RunSettings.AUDIT_CHANNEL).ifPresent(c -> notifier.get().announce(c, Reply.of("`" + verb
                + "` " + Markdown.escape(id) + " " + who + ": " + Markdown.escape(outcome)
                + (auraRequestId == null ? "" : " (Aura request `" + Markdown.escape(auraRequestId) + "`)"))));
    }

    /** The log line only: for the ingress, which makes no outbound call. Returns the instance as logged. */
    public String logOnly(Requester requester, String verb, String instance, String outcome, String auraRequestId) {
        String id = instance == null ? "-" : instance;
        Log.infof("audit user=%s channel=%s verb=%s instance=%s outcome=%s aura_request_id=%s", requester.userId(),
                requester.channelId(), verb, id, outcome, auraRequestId == null ? "-" : auraRequestId);
        return id;
    }
}
