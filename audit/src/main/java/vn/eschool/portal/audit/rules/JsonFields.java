package vn.eschool.portal.audit.rules;

import jakarta.json.JsonArray;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;

/**
 * Typed access to one JSON object that reports failures with the file and the JSON path
 * ({@code 8265-2021.json: $.standards[1].criteria[0].points: ...}), so a district editing a rule
 * set sees exactly what to fix.
 */
final class JsonFields {

    private final String source;
    private final String path;
    private final JsonObject object;

    JsonFields(String source, String path, JsonObject object) {
        this.source = source;
        this.path = path;
        this.object = object;
    }

    boolean has(String name) {
        return object.containsKey(name) && object.get(name).getValueType() != JsonValue.ValueType.NULL;
    }

    String string(String name) {
        JsonValue value = required(name);
        if (!(value instanceof JsonString text) || text.getString().isBlank()) {
            throw error(name, "expected a non-empty text, found " + describe(value));
        }
        return text.getString().strip();
    }

    Optional<String> optionalString(String name) {
        return has(name) ? Optional.of(string(name)) : Optional.empty();
    }

    double number(String name) {
        JsonValue value = required(name);
        if (!(value instanceof JsonNumber number)) {
            throw error(name, "expected a number, found " + describe(value));
        }
        return number.doubleValue();
    }

    double nonNegativeNumber(String name) {
        double value = number(name);
        if (value < 0) {
            throw error(name, "must not be negative, found " + value);
        }
        return value;
    }

    int nonNegativeInt(String name) {
        JsonValue value = required(name);
        if (!(value instanceof JsonNumber number) || !number.isIntegral() || number.intValue() < 0) {
            throw error(name, "expected a whole number ≥ 0, found " + describe(value));
        }
        return number.intValue();
    }

    boolean bool(String name) {
        JsonValue value = required(name);
        if (value != JsonValue.TRUE && value != JsonValue.FALSE) {
            throw error(name, "expected true or false, found " + describe(value));
        }
        return value == JsonValue.TRUE;
    }

    JsonFields object(String name) {
        JsonValue value = required(name);
        if (!(value instanceof JsonObject child)) {
            throw error(name, "expected an object, found " + describe(value));
        }
        return new JsonFields(source, path + "." + name, child);
    }

    Optional<JsonFields> optionalObject(String name) {
        return has(name) ? Optional.of(object(name)) : Optional.empty();
    }

    /** The elements of an array of objects, each read by {@code reader}; must not be empty. */
    <T> List<T> objects(String name, Function<JsonFields, T> reader) {
        JsonArray array = nonEmptyArray(name);
        List<T> result = new ArrayList<>();
        for (int i = 0; i < array.size(); i++) {
            String elementPath = path + "." + name + "[" + i + "]";
            if (!(array.get(i) instanceof JsonObject element)) {
                throw new RuleSetException(source + ": " + elementPath + ": expected an object, found " + describe(array.get(i)));
            }
            result.add(reader.apply(new JsonFields(source, elementPath, element)));
        }
        return result;
    }

    List<String> strings(String name) {
        JsonArray array = nonEmptyArray(name);
        List<String> result = new ArrayList<>();
        for (int i = 0; i < array.size(); i++) {
            if (!(array.get(i) instanceof JsonString text) || text.getString().isBlank()) {
                throw new RuleSetException(source + ": " + path + "." + name + "[" + i + "]: expected a non-empty text, found " + describe(array.get(i)));
            }
            result.add(text.getString().strip());
        }
        return result;
    }

    List<Integer> ints(String name) {
        JsonArray array = nonEmptyArray(name);
        List<Integer> result = new ArrayList<>();
        for (int i = 0; i < array.size(); i++) {
            if (!(array.get(i) instanceof JsonNumber number) || !number.isIntegral()) {
                throw new RuleSetException(source + ": " + path + "." + name + "[" + i + "]: expected a whole number, found " + describe(array.get(i)));
            }
            result.add(number.intValue());
        }
        return result;
    }

    JsonValue raw(String name) {
        return required(name);
    }

    RuleSetException error(String name, String problem) {
        return new RuleSetException(source + ": " + path + "." + name + ": " + problem);
    }

    private JsonArray nonEmptyArray(String name) {
        JsonValue value = required(name);
        if (!(value instanceof JsonArray array) || array.isEmpty()) {
            throw error(name, "expected a non-empty list, found " + describe(value));
        }
        return array;
    }

    private JsonValue required(String name) {
        if (!has(name)) {
            throw error(name, "is missing");
        }
        return object.get(name);
    }

    private static String describe(JsonValue value) {
        String text = value.toString();
        return value.getValueType().name().toLowerCase() + " " + (text.length() > 40 ? text.substring(0, 40) + "…" : text);
    }
}
