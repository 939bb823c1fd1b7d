package io.aurachatops.audit;

import io.aurachatops.command.Requester;
import io.quarkus.logging.Log;
import jakarta.enterprise.context.ApplicationScoped;

/** One line per mutating action or refusal: who, where, what, on which instance, how it ended. */
@ApplicationScoped
public class AuditLog {

    public void record(Requester requester, String verb, String instance, String outcome, String auraRequestId) {
        Log.infof("audit user=%s channel=%s verb=%s instance=%s outcome=%s aura_request_id=%s", requester.userId(),
                requester.channelId(), verb, instance == null ? "-" : instance, outcome,
                auraRequestId == null ? "-" : auraRequestId);
    }
}
