package vn.eschool.portal.core.teaching;

import jakarta.json.Json;
import jakarta.json.JsonException;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import vn.eschool.portal.core.school.SchoolLevel;

/**
 * The controlled list of subjects and educational activities of each grade, per school level (the 2018
 * general-education programme by default): a data file the district may replace. Names are matched folded
 * (accents, case and spacing optional) and by their aliases ("GDCD" is "Giáo dục công dân").
 */
public final class Programme {

    /** A subject or educational activity, with the other names schools type for it. */
    public record Subject(String name, List<String> aliases) {
        public Subject {
            aliases = List.copyOf(aliases);
        }
    }

    private final String name;
    private final Map<SchoolLevel, Map<Integer, List<Subject>>> levels;

    private Programme(String name, Map<SchoolLevel, Map<Integer, List<Subject>>> levels) {
        this.name = name;
        this.levels = levels;
    }

    /** Reads the JSON form (see {@code teaching/chuong-trinh-2018.json}); malformed data is an IllegalArgumentException. */
    public static Programme read(InputStream json) {
        try (JsonReader reader = Json.createReader(json)) {
            JsonObject root = reader.readObject();
            Map<SchoolLevel, Map<Integer, List<Subject>>> levels = new EnumMap<>(SchoolLevel.class);
            root.getJsonObject("levels").forEach((level, blocks) -> {
                Map<Integer, List<Subject>> grades = new TreeMap<>();
                for (JsonValue block : blocks.asJsonArray()) {
                    List<Subject> subjects = new ArrayList<>();
                    for (JsonValue subject : block.asJsonObject().getJsonArray("subjects")) {
                        JsonObject s = subject.asJsonObject();
                        subjects.add(new Subject(s.getString("name"), s.containsKey("aliases")
                                ? s.getJsonArray("aliases").getValuesAs(JsonString.class).stream()
                                .map(JsonString::getString).toList() : List.of()));
                    }
                    block.asJsonObject().getJsonArray("grades").forEach(grade ->
                            grades.put(Integer.parseInt(grade.toString()), List.copyOf(subjects)));
                }
                levels.put(SchoolLevel.valueOf(level), grades);
            });
            return new Programme(root.getString("name", ""), levels);
        } catch (JsonException | ClassCastException | NullPointerException | IllegalArgumentException e) {
            throw new IllegalArgumentException("Malformed programme file: " + e.getMessage(), e);
        }
    }

    public String name() {
        return name;
    }

    /** Each grade of the level with its subjects, in grade order. */
    public Map<Integer, List<Subject>> grades(SchoolLevel level) {
        return levels.getOrDefault(level, Map.of());
    }

    /** The programme's spelling of a subject typed for a grade, if the grade has it. */
    public Optional<String> subject(SchoolLevel level, int grade, String typed) {
        String folded = ClassSubject.fold(typed);
        return grades(level).getOrDefault(grade, List.of()).stream()
                .filter(s -> ClassSubject.fold(s.name()).equals(folded)
                        || s.aliases().stream().anyMatch(alias -> ClassSubject.fold(alias).equals(folded)))
                .map(Subject::name)
                .findFirst();
    }

    /** The names of a grade's subjects, for forms and error messages. */
    public List<String> subjectNames(SchoolLevel level, int grade) {
        return grades(level).getOrDefault(grade, List.of()).stream().map(Subject::name).toList();
    }
}
