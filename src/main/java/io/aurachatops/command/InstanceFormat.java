package io.aurachatops.command;

import io.aurachatops.aura.Instance;
import io.aurachatops.aura.InstanceStatus;
import io.aurachatops.reply.Markdown;
import java.util.Map;

/** How instances read in messages. Every value comes from Aura, so every value is escaped. */
public final class InstanceFormat {

    private static final Map<String, String> STATUS_ICONS = Map.of("running", "🟢", "paused", "⏸️", "creating", "🛠️",
            "destroying", "🗑️", "deleting", "🗑️", "pausing", "⏳", "resuming", "⏳", "updating", "⏳", "resizing", "⏳");

    private InstanceFormat() {
    }

    public static String status(InstanceStatus status) {
        return STATUS_ICONS.getOrDefault(status.value(), "⚪") + " " + Markdown.escape(status.value());
    }

    /** The date part of an RFC 3339 timestamp. */
    public static String date(String timestamp) {
        if (timestamp == null || timestamp.isBlank()) {
            return "unknown";
        }
        return Markdown.escape(timestamp.length() >= 10 ? timestamp.substring(0, 10) : timestamp);
    }

    /** An instance as messages name it: {@code `name` (`id`)}. */
    public static String label(Instance instance) {
        return "`" + Markdown.escape(instance.name()) + "` (`" + Markdown.escape(instance.id()) + "`)";
    }

    public static String orDash(String value) {
        return value == null || value.isBlank() ? "–" : Markdown.escape(value);
    }
}
