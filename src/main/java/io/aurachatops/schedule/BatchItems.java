package io.aurachatops.schedule;

import com.fasterxml.jackson.core.type.TypeReference;
import io.aurachatops.jobs.BatchItem;
import io.aurachatops.support.JsonText;
import java.util.List;

/** Batch items as JSON text, for the fields of a run's ledger record. */
final class BatchItems {

    private static final TypeReference<List<BatchItem>> LIST = new TypeReference<>() {
    };

    private BatchItems() {
    }

    static String encode(List<BatchItem> items) {
        return JsonText.write(items);
    }

    static List<BatchItem> decode(String text) {
        return text == null ? List.of() : JsonText.read(text, LIST);
    }
}
