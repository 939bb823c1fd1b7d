package io.aurachatops.snapshots;

import io.aurachatops.aura.Snapshot;
import io.aurachatops.reply.Markdown;
import io.aurachatops.reply.Reply;
import java.util.List;

/** How a snapshot reads: on its status card, and as one line of a list. */
final class SnapshotCard {

    private SnapshotCard() {
    }

    static Reply render(String headline, String instanceName, String instanceId, String snapshotId, String status,
            String note) {
        String body = "*Instance:* " + Markdown.escape(instanceName) + "   *Id:* `" + Markdown.escape(instanceId) + "`\n"
                + "*Snapshot:* `" + Markdown.escape(snapshotId) + "`   *Status:* " + status(status);
        Reply card = Reply.of(headline, List.of(body));
        return note == null ? card : card.withFootnote(note);
    }

    static String line(Snapshot s) {
        return "• `" + Markdown.escape(s.id()) + "` · " + when(s.timestamp()) + " · " + Markdown.escape(s.profile())
                + " · " + status(s.status()) + exportable(s.exportable());
    }

    /** Whether the snapshot can seed another instance, in words. */
    static String exportable(Boolean exportable) {
        return exportable == null ? "" : exportable ? " · exportable" : " · not exportable";
    }

    static String status(String status) {
        String icon = switch (status == null ? "" : status) {
            case "Completed" -> "✅";
            case "Failed" -> "❌";
            case "Pending", "InProgress" -> "⏳";
            default -> "⚪";
        };
        return icon + " " + Markdown.escape(status == null ? "unknown" : status);
    }

    /** {@code 2026-12-03T18:00:00Z} as {@code 2026-12-03 18:00 UTC}. */
    static String when(String timestamp) {
        if (timestamp == null || timestamp.length() < 16) {
            return Markdown.escape(timestamp == null ? "unknown" : timestamp);
        }
        return Markdown.escape(timestamp.substring(0, 10) + " " + timestamp.substring(11, 16)) + " UTC";
    }
}
