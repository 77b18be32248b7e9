package org.policysearch.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The wrk scripts: the warm-up's new questions never repeat a URL the timed new questions ask. */
class HttpLoadScriptsTest {

    private static final List<BenchQuery> MIX = List.of(
            new BenchQuery(QueryClass.COMMON_WORD, "自治区", List.of("自治区"), null, null),
            new BenchQuery(QueryClass.WHO_LEADS, "扶贫", List.of("扶贫"), null, null));

    @Test
    void eachKindOfQuestionsHasItsScriptAndTheWarmUpExcludesAnotherWord(@TempDir Path dir) throws Exception {
        HttpLoad.scripts(HttpLoad.paths(MIX), dir);

        String repeated = Files.readString(dir.resolve(HttpLoad.Questions.REPEATED.script));
        String timed = Files.readString(dir.resolve(HttpLoad.Questions.NEW.script));
        String warmUp = Files.readString(dir.resolve(HttpLoad.Questions.WARM_UP.script));
        for (String script : List.of(repeated, timed, warmUp)) {
            assertTrue(script.contains("\"/api/agencies/leading?q=%E6%89%B6%E8%B4%AB\""), script);
            assertTrue(script.contains("BENCH %d"), "the summary the harness parses: " + script);
        }
        assertFalse(repeated.contains("%20-"), "repeated questions are the mix's URLs as they are");
        assertTrue(timed.contains("\"%20-u\" .. tid .. \"x\" .. i"), timed);
        assertTrue(warmUp.contains("\"%20-w\" .. tid .. \"x\" .. i"), warmUp);
        assertEquals(timed.replace("%20-u", "%20-w"), warmUp, "the same questions but for the excluded word");
    }
}
