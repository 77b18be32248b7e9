package org.policysearch.http;

import com.fasterxml.jackson.annotation.JsonUnwrapped;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import com.fasterxml.jackson.databind.ser.std.StdSerializer;
import java.io.IOException;
import org.policysearch.export.Json;
import org.policysearch.search.SearchHit;
import org.policysearch.task.TaskRecord;

/** The API's JSON: the project's one configuration, plus hits with their task fields flattened. */
final class ApiJson {

    private ApiJson() {
    }

    static ObjectMapper mapper() {
        return Json.newMapper().addMixIn(SearchHit.class, FlatHit.class);
    }

    /** A hit is the task's fields beside titleHtml, snippetHtml and score, not a nested task. */
    private abstract static class FlatHit {
        @JsonUnwrapped
        abstract TaskRecord task();

        @JsonSerialize(using = ScoreSerializer.class)
        abstract float score();
    }

    /** A score that was not computed (NaN when sorting by date) is null, not the string "NaN". */
    private static final class ScoreSerializer extends StdSerializer<Float> {
        ScoreSerializer() {
            super(Float.class);
        }

        @Override
        public void serialize(Float score, JsonGenerator json, SerializerProvider provider) throws IOException {
            if (Float.isFinite(score)) {
                json.writeNumber(score);
            } else {
                json.writeNull();
            }
        }
    }
}
