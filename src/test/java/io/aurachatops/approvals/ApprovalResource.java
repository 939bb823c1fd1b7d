package io.aurachatops.approvals;

import io.aurachatops.support.EmulatorResource;
import java.util.Map;

/** Two admins and an operator; deletes, resizes, restores and creates over 8GB need a second admin; audit lines to CAUDIT. */
public class ApprovalResource extends EmulatorResource {

    @Override
    protected Map<String, String> overrides() {
        return Map.of("aura.bot.admins", "UADMIN1,UADMIN2", "aura.bot.operators", "UOPER1",
                "aura.approval.required", "delete,resize,restore,create>8GB", "aura.audit-channel", "CAUDIT");
    }
}
