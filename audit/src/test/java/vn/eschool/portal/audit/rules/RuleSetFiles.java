package vn.eschool.portal.audit.rules;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.json.JsonValue;
import java.io.InputStreamReader;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;

/** The bundled 8265-2021 file as JSON, edited through JSON pointers to build broken or new rule sets. */
final class RuleSetFiles {

    private RuleSetFiles() {
    }

    static JsonObject decision8265() {
        try (JsonReader reader = Json.createReader(new InputStreamReader(
                RuleSetFiles.class.getClassLoader().getResourceAsStream("rulesets/8265-2021.json"), StandardCharsets.UTF_8))) {
            return reader.readObject();
        }
    }

    static JsonObject replace(JsonObject json, String pointer, JsonValue value) {
        return Json.createPointer(pointer).replace(json, value);
    }

    static JsonObject remove(JsonObject json, String pointer) {
        return Json.createPointer(pointer).remove(json);
    }

    static RuleSet read(JsonObject json, String source) {
        return RuleSetLoader.read(new StringReader(json.toString()), source);
    }
}
