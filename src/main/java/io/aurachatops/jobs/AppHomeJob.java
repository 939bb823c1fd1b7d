package io.aurachatops.jobs;

/**
 * Someone opened the bot's Home tab ({@code app_home_opened}): the worker publishes their view. {@code eventId}
 * is Slack's, the same on every retry of the event, so the view is published once per event.
 */
public record AppHomeJob(String jobId, String eventId, String teamId, String userId) implements Job {
}
