package io.aurachatops.support;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class UrlsTest {

    @ParameterizedTest
    @CsvSource({"https://api.neo4j.io,https://api.neo4j.io", "https://api.neo4j.io/,https://api.neo4j.io",
            "https://api.neo4j.io//,https://api.neo4j.io", "https://api.neo4j.io/v1/,https://api.neo4j.io",
            "http://localhost:1234/V1,http://localhost:1234"})
    void auraBaseToleratesSlashesAndV1(String configured, String expected) {
        assertEquals(expected, Urls.auraBase(configured));
    }

    @ParameterizedTest
    @CsvSource({"https://slack.com/api,https://slack.com/api/", "https://slack.com/api/,https://slack.com/api/",
            "http://localhost:9/api//,http://localhost:9/api/"})
    void slackBaseEndsWithOneSlash(String configured, String expected) {
        assertEquals(expected, Urls.withTrailingSlash(configured));
    }
}
