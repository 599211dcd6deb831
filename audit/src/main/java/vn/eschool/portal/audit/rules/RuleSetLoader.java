package vn.eschool.portal.audit.rules;

import jakarta.json.Json;
import jakarta.json.JsonException;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.Month;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.OptionalInt;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import vn.eschool.portal.core.account.Role;

/**
 * Reads a rule-set file (JSON, format 1) and validates it as a whole, so that a file a district
 * adds either loads completely or fails with one message naming the file and the field.
 * See {@code rulesets/README.md} for the format.
 */
public final class RuleSetLoader {

    static final int FORMAT = 1;
    private static final double EPSILON = 1e-9;

    private RuleSetLoader() {
    }

    /** Reads a rule-set file whose name must be its id plus {@code .json}. */
    public static RuleSet read(Path file) {
        String fileName = file.getFileName().toString();
        try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            RuleSet ruleSet = read(reader, fileName);
            if (!fileName.equals(ruleSet.id() + ".json")) {
                throw new RuleSetException(fileName + ": the file must be named after its id, i.e. " + ruleSet.id() + ".json");
            }
            return ruleSet;
        } catch (IOException e) {
            throw new RuleSetException(fileName + ": cannot be read: " + e.getMessage(), e);
        }
    }

    /** Reads a rule set bundled with the application, e.g. {@code rulesets/8265-2021.json}. */
    public static RuleSet readResource(String resourceName) {
        InputStream in = RuleSetLoader.class.getClassLoader().getResourceAsStream(resourceName);
        if (in == null) {
            throw new RuleSetException(resourceName + ": no such resource");
        }
        try (Reader reader = new InputStreamReader(in, StandardCharsets.UTF_8)) {
            return read(reader, resourceName);
        } catch (IOException e) {
            throw new RuleSetException(resourceName + ": cannot be read: " + e.getMessage(), e);
        }
    }

    /** Reads and validates one rule set; {@code source} names it in error messages. */
    public static RuleSet read(Reader reader, String source) {
        JsonObject root;
        try (JsonReader json = Json.createReader(reader)) {
            root = json.readObject();
        } catch (JsonException | IllegalStateException e) {
            throw new RuleSetException(source + ": not a valid JSON object: " + e.getMessage(), e);
        }
        return ruleSet(new JsonFields(source, "$", root));
    }

    private static RuleSet ruleSet(JsonFields root) {
        if (root.nonNegativeInt("format") != FORMAT) {
            throw root.error("format", "this portal reads format " + FORMAT);
        }
        String id = root.string("id");
        if (!id.matches("[A-Za-z0-9][A-Za-z0-9._-]*")) {
            throw root.error("id", "use letters, digits, '.', '_' or '-' only (it names the file), found \"" + id + "\"");
        }
        List<Standard> standards = root.objects("standards", RuleSetLoader::standard);
        RuleSet ruleSet = new RuleSet(
                id,
                root.string("decision"),
                date(root, "effectiveFrom"),
                root.string("description"),
                teacherRoles(root),
                root.strings("specialisedSoftware"),
                grading(root.object("grading")),
                standards);
        checkIdsAreUnique(root, ruleSet);
        checkEachMeasureKindOnce(root, ruleSet);
        return ruleSet;
    }

    private static LocalDate date(JsonFields fields, String name) {
        try {
            return LocalDate.parse(fields.string(name));
        } catch (DateTimeParseException e) {
            throw fields.error(name, "expected a date like 2021-12-09");
        }
    }

    private static Set<Role> teacherRoles(JsonFields root) {
        return roles(root, "teacherRoles");
    }

    private static Set<Role> roles(JsonFields fields, String name) {
        Set<Role> roles = EnumSet.noneOf(Role.class);
        for (String role : fields.strings(name)) {
            try {
                roles.add(Role.valueOf(role));
            } catch (IllegalArgumentException e) {
                throw fields.error(name, "unknown role \"" + role + "\"; roles are " + Arrays.toString(Role.values()));
            }
        }
        return roles;
    }

    private static Grading grading(JsonFields fields) {
        List<GradeBand> grades = fields.objects("grades", grade -> new GradeBand(
                grade.string("id"), grade.string("labelVi"), grade.nonNegativeNumber("minimumTotal")));
        for (int i = 1; i < grades.size(); i++) {
            if (grades.get(i).minimumTotal() >= grades.get(i - 1).minimumTotal()) {
                throw fields.error("grades", "list the grades from the highest minimum down");
            }
        }
        double share = fields.nonNegativeNumber("standardMinimumShareExclusive");
        if (share >= 1) {
            throw fields.error("standardMinimumShareExclusive", "must be a share below 1, e.g. 0.5 for \"trên 50%\"");
        }
        return new Grading(grades, fields.string("notPassedLabelVi"), share, fields.string("clause"));
    }

    private static Standard standard(JsonFields fields) {
        List<Criterion> criteria = fields.objects("criteria", RuleSetLoader::criterion);
        double points = fields.nonNegativeNumber("points");
        checkChildrenAddUp(fields, points, criteria);
        return new Standard(fields.string("id"), fields.string("titleVi"), points, fields.bool("mustScoreAboveHalf"), criteria);
    }

    private static Criterion criterion(JsonFields fields) {
        double points = fields.nonNegativeNumber("points");
        List<Criterion> children = fields.has("criteria") ? fields.objects("criteria", RuleSetLoader::criterion) : List.of();
        if (!children.isEmpty() && fields.has("measure")) {
            throw fields.error("measure", "only a criterion without sub-criteria can be measured");
        }
        checkChildrenAddUp(fields, points, children);
        return new Criterion(
                fields.string("id"),
                fields.string("titleVi"),
                points,
                fields.optionalString("assessedBy"),
                fields.optionalObject("measure").map(RuleSetLoader::measure),
                children);
    }

    private static void checkChildrenAddUp(JsonFields fields, double points, List<Criterion> children) {
        double sum = children.stream().mapToDouble(Criterion::maxPoints).sum();
        if (!children.isEmpty() && Math.abs(sum - points) > EPSILON) {
            throw fields.error("points", "is " + points + " but its criteria add up to " + sum);
        }
    }

    private static Measure measure(JsonFields fields) {
        String kind = fields.string("kind");
        return switch (kind) {
            case LectureQuotaMeasure.KIND -> new LectureQuotaMeasure(
                    positiveInt(fields, "monthlyMinimum"),
                    fields.bool("onlySpecialisedSoftware"),
                    scale(fields.object("shortOfQuota")),
                    fields.optionalObject("noSoftwareUse").map(RuleSetLoader::scale),
                    fields.optionalObject("semesterRule").map(RuleSetLoader::semesterRule),
                    combine(fields));
            case LearningMaterialsMeasure.KIND -> new LearningMaterialsMeasure(scale(fields.object("missingClassSubjects")));
            case PublicSiteMeasure.KIND -> new PublicSiteMeasure(
                    sections(fields),
                    fixedDeduction(fields.object("shortcoming"), "deductEach"),
                    fields.nonNegativeInt("newsCategoryMonthlyPosts"),
                    fields.nonNegativeInt("eventWindowDays"),
                    fixedDeduction(fields.object("untimelyEvent"), "deductEach"),
                    fixedDeduction(fields.object("noAlbumPhotos"), "deduct"));
            case InternalSiteMeasure.KIND -> new InternalSiteMeasure(
                    scale(fields.object("teachersNotUsingLayer2")),
                    distinct(fields, "prescribedFolders", fields.strings("prescribedFolders")),
                    fixedDeduction(fields.object("idleFolder"), "deductEach"),
                    fixedDeduction(fields.object("missingGroupRepository"), "deductEach"));
            case MonthlyReportsMeasure.KIND -> new MonthlyReportsMeasure(
                    fixedDeduction(fields.object("missingReport"), "deductEach"));
            case AdminAccountsMeasure.KIND -> new AdminAccountsMeasure(
                    roles(fields, "roles"),
                    fixedDeduction(fields.object("unsecured"), "deduct"));
            default -> throw fields.error("kind", "unknown measure \"" + kind + "\"; the portal measures "
                    + List.of(LectureQuotaMeasure.KIND, LearningMaterialsMeasure.KIND, PublicSiteMeasure.KIND,
                    InternalSiteMeasure.KIND, MonthlyReportsMeasure.KIND, AdminAccountsMeasure.KIND));
        };
    }

    /** Required as soon as there are two scales: a district must say whether they add up. */
    private static LectureQuotaMeasure.Combine combine(JsonFields fields) {
        if (!fields.has("combine")) {
            if (fields.has("noSoftwareUse")) {
                throw fields.error("combine", "is missing: say how shortOfQuota and noSoftwareUse combine, \"max\" or \"sum\"");
            }
            return LectureQuotaMeasure.Combine.SUM;
        }
        String combine = fields.string("combine");
        return switch (combine) {
            case "max" -> LectureQuotaMeasure.Combine.MAX;
            case "sum" -> LectureQuotaMeasure.Combine.SUM;
            default -> throw fields.error("combine", "expected \"max\" or \"sum\", found \"" + combine + "\"");
        };
    }

    private static int positiveInt(JsonFields fields, String name) {
        int value = fields.nonNegativeInt(name);
        if (value == 0) {
            throw fields.error(name, "must be at least 1");
        }
        return value;
    }

    private static FixedDeduction fixedDeduction(JsonFields fields, String amountField) {
        return new FixedDeduction(fields.string("clause"), fields.nonNegativeNumber(amountField));
    }

    private static SemesterRule semesterRule(JsonFields fields) {
        Set<Month> months = EnumSet.noneOf(Month.class);
        for (int month : fields.ints("checkedInMonths")) {
            if (month < 1 || month > 12) {
                throw fields.error("checkedInMonths", "months are 1 to 12, found " + month);
            }
            months.add(Month.of(month));
        }
        return new SemesterRule(fields.string("clause"), positiveInt(fields, "minimumProgramsInOneLecture"), months);
    }

    private static List<Layer1Section> sections(JsonFields fields) {
        List<Layer1Section> sections = fields.objects("sections", section -> new Layer1Section(
                section.string("id"),
                section.string("titleVi"),
                section.has("staleAfterDays") ? OptionalInt.of(positiveInt(section, "staleAfterDays")) : OptionalInt.empty()));
        distinct(fields, "sections", sections.stream().map(Layer1Section::id).toList());
        return sections;
    }

    private static List<String> distinct(JsonFields fields, String name, List<String> values) {
        Set<String> seen = new HashSet<>();
        for (String value : values) {
            if (!seen.add(RuleSet.comparable(value))) {
                throw fields.error(name, "\"" + value + "\" is listed twice");
            }
        }
        return values;
    }

    /**
     * Bands must start at 1, follow each other without gaps, end open-ended and never deduct less
     * for more shortcomings — otherwise some count would have no deduction or an absurd one.
     */
    private static DeductionScale scale(JsonFields fields) {
        List<Band> bands = fields.objects("bands", RuleSetLoader::band);
        int expectedFrom = 1;
        for (int i = 0; i < bands.size(); i++) {
            Band band = bands.get(i);
            String where = "bands[" + i + "]";
            if (band.from() != expectedFrom) {
                throw fields.error(where, "must start at " + expectedFrom + " (bands start at 1 and leave no gaps), found " + band.from());
            }
            boolean last = i == bands.size() - 1;
            if (last != (band.to() == Band.NO_UPPER_BOUND)) {
                throw fields.error(where, last ? "the last band must have no \"to\" (it covers every larger count)" : "only the last band may omit \"to\"");
            }
            if (i > 0 && effectiveDeduction(band) < effectiveDeduction(bands.get(i - 1))) {
                throw fields.error(where, "deducts less than the band before it");
            }
            expectedFrom = last ? expectedFrom : band.to() + 1;
        }
        return new DeductionScale(fields.string("clause"), bands);
    }

    private static double effectiveDeduction(Band band) {
        return band.wholeCriterion() ? Double.POSITIVE_INFINITY : band.deduction();
    }

    private static Band band(JsonFields fields) {
        int from = positiveInt(fields, "from");
        int to = fields.has("to") ? fields.nonNegativeInt("to") : Band.NO_UPPER_BOUND;
        if (to < from) {
            throw fields.error("to", "must not be below \"from\" (" + from + ")");
        }
        JsonValue deduct = fields.raw("deduct");
        if (deduct instanceof JsonString text) {
            if (!text.getString().equals("all")) {
                throw fields.error("deduct", "expected a number of points or \"all\" (Không chấm điểm), found \"" + text.getString() + "\"");
            }
            return new Band(from, to, 0, true);
        }
        return new Band(from, to, fields.nonNegativeNumber("deduct"), false);
    }

    private static void checkIdsAreUnique(JsonFields root, RuleSet ruleSet) {
        List<String> ids = new ArrayList<>();
        ruleSet.standards().forEach(standard -> {
            ids.add(standard.id());
            standard.criteria().stream().flatMap(Criterion::flatten).forEach(criterion -> ids.add(criterion.id()));
        });
        Set<String> seen = new HashSet<>();
        Set<String> duplicates = ids.stream().filter(id -> !seen.add(id)).collect(Collectors.toCollection(TreeSet::new));
        if (!duplicates.isEmpty()) {
            throw root.error("standards", "criterion ids must be unique, repeated: " + duplicates);
        }
    }

    /** The engine feeds every measure from one input, so a second one of a kind would double-count. */
    private static void checkEachMeasureKindOnce(JsonFields root, RuleSet ruleSet) {
        Set<String> kinds = new HashSet<>();
        for (Criterion criterion : ruleSet.measuredCriteria()) {
            String kind = criterion.measure().orElseThrow().kind();
            if (!kinds.add(kind)) {
                throw root.error("standards", "measure \"" + kind + "\" is used by more than one criterion (again at " + criterion.id() + ")");
            }
        }
    }
}
