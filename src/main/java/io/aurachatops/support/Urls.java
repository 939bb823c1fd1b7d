package io.aurachatops.support;

import java.util.Locale;

/** Tolerant spelling of configured base URLs. */
public final class Urls {

    private Urls() {
    }

    /** The Aura base without trailing slashes and without a {@code /v1} the user may have added. */
    public static String auraBase(String url) {
        String base = stripTrailingSlashes(url.trim());
        if (base.toLowerCase(Locale.ROOT).endsWith("/v1")) {
            base = stripTrailingSlashes(base.substring(0, base.length() - 3));
        }
        return base;
    }

    /** The Slack Web API base, which the SDK expects to end with a slash. */
    public static String withTrailingSlash(String url) {
        return stripTrailingSlashes(url.trim()) + "/";
    }

    private static String stripTrailingSlashes(String url) {
        String s = url;
        while (s.endsWith("/")) {
            s = s.substring(0, s.length() - 1);
        }
        return s;
    }
}
