package io.aurachatops.schedule;

import com.cronutils.model.CronType;
import com.cronutils.model.definition.CronDefinitionBuilder;
import com.cronutils.model.time.ExecutionTime;
import com.cronutils.parser.CronParser;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * A Quartz cron in a time zone (the syntax Quarkus's scheduler uses, seconds first): the next run after a
 * moment, and the runs that fell due in a window. Daylight-saving changes follow the zone's rules.
 */
public final class CronSchedule {

    private static final CronParser PARSER = new CronParser(CronDefinitionBuilder.instanceDefinitionFor(CronType.QUARTZ));
    private static final int MAX_SLOTS = 100;

    private final String expression;
    private final ZoneId zone;
    private final ExecutionTime execution;

    private CronSchedule(String expression, ZoneId zone, ExecutionTime execution) {
        this.expression = expression;
        this.zone = zone;
        this.execution = execution;
    }

    /** Parses, or explains in terms of the variable that holds it. */
    public static CronSchedule parse(String variable, String expression, ZoneId zone) {
        try {
            return new CronSchedule(expression.trim(), zone, ExecutionTime.forCron(PARSER.parse(expression.trim())));
        } catch (IllegalArgumentException e) {
            throw new PolicyException(variable + " is not a Quartz cron expression (seconds first, like `0 0 20 ? * MON-FRI`): `"
                    + expression + "` (" + e.getMessage() + ")");
        }
    }

    public Optional<ZonedDateTime> nextAfter(Instant moment) {
        return execution.nextExecution(moment.atZone(zone));
    }

    /** The runs in {@code (from, to]}. */
    public List<Instant> dueIn(Instant from, Instant to) {
        List<Instant> slots = new ArrayList<>();
        ZonedDateTime cursor = from.atZone(zone);
        while (slots.size() < MAX_SLOTS) {
            Optional<ZonedDateTime> next = execution.nextExecution(cursor);
            if (next.isEmpty() || next.get().toInstant().isAfter(to)) {
                break;
            }
            slots.add(next.get().toInstant());
            cursor = next.get();
        }
        return slots;
    }

    public String expression() {
        return expression;
    }

    public ZoneId zone() {
        return zone;
    }
}
