package io.aurachatops.jobs.runtime.sqs;

import io.aurachatops.sandbox.EmulatorSettings;
import io.aurachatops.support.EmulatorResource;

/** The short-visibility queue in front of an Aura that allows 1,000 requests a minute, for many commands at once. */
public class BusyShortVisibilityQueue extends ShortVisibilityQueue {

    @Override
    protected EmulatorSettings emulatorSettings() {
        EmulatorSettings fast = EmulatorResource.FAST;
        return new EmulatorSettings(fast.clientId(), fast.clientSecret(), fast.tokenLifetime(), 1000, fast.createTime(),
                fast.pauseTime(), fast.resumeTime(), fast.patchLag(), fast.updateTime(), fast.deleteTime(), fast.seeded());
    }
}
