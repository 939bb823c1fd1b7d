package io.aurachatops.listing;

import com.fasterxml.jackson.core.type.TypeReference;
import io.aurachatops.aura.InstanceStatus;
import io.aurachatops.aura.InstanceSummary;
import io.aurachatops.command.InstanceFormat;
import io.aurachatops.reply.Markdown;
import io.aurachatops.reply.Reply;
import io.aurachatops.support.JsonText;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The text of a {@code /aura list} answer: one line per instance, with its status once known. It is kept as
 * plain data (id → line) so that it can wait in the ledger while the statuses are fetched.
 */
public final class InstanceListing {

    static final int LINES_PER_SECTION = 15;
    private static final TypeReference<LinkedHashMap<String, String>> LINES = new TypeReference<>() {
    };

    private InstanceListing() {
    }

    /** Id → the instance's line without its status, in the order given. */
    public static Map<String, String> lines(List<InstanceSummary> instances) {
        Map<String, String> lines = new LinkedHashMap<>();
        for (InstanceSummary i : instances) {
            lines.put(i.id(), "• *" + Markdown.escape(i.name()) + "* `" + Markdown.escape(i.id()) + "` · "
                    + InstanceFormat.orDash(i.cloudProvider()) + " · created " + InstanceFormat.date(i.createdAt()));
        }
        return lines;
    }

    /** The answer: the headline, the lines (with a status where {@code statuses} has one) in sections. */
    /** Keys of this prefix in the statuses carry a paused instance's 30-day warning (see {@code PauseClock}). */
    static final String WARNING = "warning:";

    public static Reply render(String headline, Map<String, String> lines, Map<String, String> statuses) {
        List<String> shown = new ArrayList<>();
        lines.forEach((id, line) -> shown.add((statuses.containsKey(id)
                ? line + " · " + InstanceFormat.status(InstanceStatus.of(statuses.get(id))) : line)
                + (statuses.containsKey(WARNING + id) ? "\n    " + statuses.get(WARNING + id) : "")));
        List<String> sections = new ArrayList<>();
        for (int from = 0; from < shown.size(); from += LINES_PER_SECTION) {
            sections.add(String.join("\n", shown.subList(from, Math.min(shown.size(), from + LINES_PER_SECTION))));
        }
        return Reply.of(headline, sections);
    }

    static String encode(Map<String, String> map) {
        return JsonText.write(map);
    }

    static Map<String, String> decode(String text) {
        return JsonText.read(text, LINES);
    }
}
