package vn.smartcity.ioc.camera.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;

import org.junit.jupiter.api.Test;

/** The camera geometry the console stores and the worker reads: accepted as documented, refused with where. */
class CameraGeometryTest {

    static final String EXAMPLE = """
            {"zones":[{"name":"no-stopping","polygon":[[0.25,0.1],[0.75,0.1],[0.75,0.25],[0.25,0.25]]}],
             "lines":[{"name":"count-1","from":[0.25,0.6],"to":[0.5,0.6],"lane":1},
                      {"name":"speed-a","from":[0.25,0.8],"to":[0.75,0.8]},{"name":"speed-b","from":[0.25,0.4],"to":[0.75,0.4]},
                      {"name":"stop","from":[0.25,0.3],"to":[0.75,0.3]}],
             "speedTraps":[{"first":"speed-a","second":"speed-b","metres":24}],
             "stopLine":"stop",
             "lanes":[{"lane":1,"polygon":[[0.25,0],[0.5,0],[0.5,1],[0.25,1]],"direction":[0,-1]}],
             "signal":{"cycleSeconds":60,"redFromSecond":0,"redSeconds":30,"epoch":"2026-01-01T00:00:00Z"},
             "privacyMasks":[[[0.8,0.9],[1,0.9],[1,1],[0.8,1]]]}""";

    static String refusal(String json) {
        return assertThrows(IllegalArgumentException.class, () -> CameraGeometry.parse(json)).getMessage();
    }

    @Test
    void theDocumentedExampleIsAcceptedAndStoredCompact() {
        CameraGeometry g = CameraGeometry.parse(EXAMPLE);
        assertEquals(List.of("no-stopping"), g.zoneNames());
        assertEquals(List.of("count-1", "speed-a", "speed-b", "stop"), g.lineNames());
        assertEquals(-1, g.json().indexOf('\n'));
        assertNull(CameraGeometry.parse("  "));
        CameraGeometry.parse("{\"signal\":{\"lamp\":[0.85,0.05,0.05,0.08]}}");
    }

    @Test
    void eachMistakeIsNamed() {
        assertEquals("geometry: a JSON object {\"zones\": …, \"lines\": …} is expected", refusal("[1,2]"));
        assertEquals("geometry: unknown key \"zone\" (known: lanes, lines, privacyMasks, signal, speedTraps, stopLine, zones)",
                refusal("{\"zone\":[]}"));
        assertEquals("zone restricted: a polygon has 3 to 50 points",
                refusal("{\"zones\":[{\"name\":\"restricted\",\"polygon\":[[0,0],[1,1]]}]}"));
        assertEquals("zone restricted: coordinates are fractions of the picture, 0 to 1 (not 640.0)",
                refusal("{\"zones\":[{\"name\":\"restricted\",\"polygon\":[[0,0],[640,0],[0.5,0.5]]}]}"));
        assertEquals("zones: name \"Khu Cấm\" is 1–40 of a-z, 0-9, _ and -",
                refusal("{\"zones\":[{\"name\":\"Khu Cấm\",\"polygon\":[[0,0],[1,0],[0.5,0.5]]}]}"));
        assertEquals("speed trap a–b: two different lines of \"lines\"",
                refusal("{\"speedTraps\":[{\"first\":\"a\",\"second\":\"b\",\"metres\":20}]}"));
        assertEquals("stopLine: the name of one of \"lines\"", refusal("{\"stopLine\":\"stop\"}"));
        assertEquals("line count-1: lane is a whole number from 1 to 20",
                refusal("{\"lines\":[{\"name\":\"count-1\",\"from\":[0,0.5],\"to\":[1,0.5],\"lane\":1.5}]}"));
        assertEquals("two lines are named a",
                refusal("{\"lines\":[{\"name\":\"a\",\"from\":[0,0.5],\"to\":[1,0.5]},{\"name\":\"a\",\"from\":[0,0.6],\"to\":[1,0.6]}]}"));
        assertEquals("signal: a cycle of 10–600 s, red for part of it, starting within it",
                refusal("{\"signal\":{\"cycleSeconds\":60,\"redSeconds\":60}}"));
        assertEquals("lane 1: direction is [dx, dy], not both 0",
                refusal("{\"lanes\":[{\"lane\":1,\"polygon\":[[0,0],[1,0],[1,1]],\"direction\":[0,0]}]}"));
        assertEquals("geometry: at most 4000 characters", refusal("{\"zones\":[" + " ".repeat(4000) + "]}"));
    }
}
