package io.aurachatops.snapshots;

import io.aurachatops.aura.AuraApiException;
import io.aurachatops.aura.AuraGateway;
import io.aurachatops.aura.Instance;
import io.aurachatops.aura.Priority;
import io.aurachatops.aura.Snapshot;
import io.aurachatops.command.InstanceFormat;
import io.aurachatops.command.CommandException;
import io.aurachatops.reply.Markdown;
import jakarta.enterprise.context.ApplicationScoped;

/**
 * A snapshot that is to seed another instance (a clone or an overwrite) must be the source's, completed and
 * exportable; this says so before Aura is asked, naming what would work instead.
 */
@ApplicationScoped
public class SeedSnapshots {

    private final AuraGateway aura;

    public SeedSnapshots(AuraGateway aura) {
        this.aura = aura;
    }

    /** Does nothing for a usable snapshot; otherwise throws the answer for the user. */
    public void check(Instance source, String snapshotId) {
        String name = InstanceFormat.label(source);
        Snapshot snapshot;
        try {
            snapshot = aura.snapshot(source.id(), snapshotId, Priority.INTERACTIVE);
        } catch (AuraApiException e) {
            if (e.isNotFound()) {
                throw new CommandException(name + " has no snapshot `" + Markdown.escape(snapshotId) + "`. `/aura "
                        + "snapshots " + Markdown.escape(source.name()) + "` lists today's.");
            }
            throw e;
        }
        if (!snapshot.completed()) {
            throw new CommandException("Snapshot `" + Markdown.escape(snapshotId) + "` is `"
                    + Markdown.escape(snapshot.status()) + "`; only a `Completed` snapshot can seed another instance.");
        }
        if (Boolean.FALSE.equals(snapshot.exportable())) {
            throw new CommandException("Snapshot `" + Markdown.escape(snapshotId) + "` cannot be exported, so it cannot "
                    + "seed another instance. `/aura snapshots " + Markdown.escape(source.name()) + "` shows which are "
                    + "exportable; or leave out `--snapshot` to copy the instance as it is now.");
        }
    }
}
