package vn.eschool.portal.layer1.disclosure;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.json.JsonValue;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.MonthDay;
import java.util.List;
import java.util.Optional;

/**
 * The items a school must disclose, read from data ({@code disclosure/thong-tu-09-2024.json}), so that a new
 * circular changes a file, not the code.
 */
public record DisclosureCatalogue(String decision, DisclosureRules rules, List<Group> groups) {

    public static final String RESOURCE = "disclosure/thong-tu-09-2024.json";

    public record Item(String key, String titleVi, String titleEn) {
    }

    public record Group(String key, String titleVi, String titleEn, List<Item> items) {
    }

    public List<Item> items() {
        return groups.stream().flatMap(g -> g.items().stream()).toList();
    }

    public Optional<Item> item(String key) {
        return items().stream().filter(i -> i.key().equals(key)).findFirst();
    }

    /** The catalogue on the class path. */
    public static DisclosureCatalogue standard() {
        try (InputStream in = DisclosureCatalogue.class.getClassLoader().getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("Missing " + RESOURCE);
            }
            return parse(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static DisclosureCatalogue parse(InputStream in) {
        try (JsonReader reader = Json.createReader(in)) {
            JsonObject root = reader.readObject();
            DisclosureRules rules = new DisclosureRules(MonthDay.parse("--" + root.getString("dueMonthDay")),
                    root.getInt("updateWorkingDays"), root.getInt("keepYears"));
            List<Group> groups = root.getJsonArray("groups").stream().map(JsonValue::asJsonObject)
                    .map(g -> new Group(g.getString("key"), g.getString("titleVi"), g.getString("titleEn"),
                            g.getJsonArray("items").stream().map(JsonValue::asJsonObject)
                                    .map(i -> new Item(i.getString("key"), i.getString("titleVi"),
                                            i.getString("titleEn"))).toList()))
                    .toList();
            DisclosureCatalogue catalogue = new DisclosureCatalogue(root.getString("decision"), rules, groups);
            long distinct = catalogue.items().stream().map(Item::key).distinct().count();
            if (distinct != catalogue.items().size()) {
                throw new IllegalStateException("Duplicate item keys in the disclosure catalogue");
            }
            return catalogue;
        }
    }
}
