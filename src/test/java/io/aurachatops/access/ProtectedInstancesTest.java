package io.aurachatops.access;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ProtectedInstancesTest {

    final ProtectedInstances guard = new ProtectedInstances(List.of("prod-*", "5e3a91cf", "billing", "team-?"));

    @ParameterizedTest
    @CsvSource({"aaaaaaaa,prod-orders,true", "aaaaaaaa,PROD-Orders,true", "5e3a91cf,anything,true",
            "aaaaaaaa,billing,true", "aaaaaaaa,billing-dev,false", "aaaaaaaa,team-a,true", "aaaaaaaa,team-ab,false",
            "aaaaaaaa,preprod-x,false", "aaaaaaaa,dev.db,false"})
    void matchesNamesGlobsAndIds(String id, String name, boolean expected) {
        assertEquals(expected, guard.covers(id, name));
    }
}
