package vn.eschool.portal.audit.rules;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * The rule sets the portal knows: those bundled with it plus any file a district drops into a
 * directory. Which one applies to a month follows from the data ({@code effectiveFrom}), so a
 * new decision needs a new file, not new code.
 */
public final class RuleSetCatalog {

    /** Bundled rule sets, as resources; a data list rather than a classpath scan, which jars do not support. */
    static final List<String> BUNDLED = List.of("rulesets/8265-2021.json", "rulesets/guidance-2018.json");

    private final Map<String, RuleSet> byId;

    private RuleSetCatalog(Collection<RuleSet> ruleSets) {
        Map<String, RuleSet> map = new LinkedHashMap<>();
        for (RuleSet ruleSet : ruleSets) {
            if (map.putIfAbsent(ruleSet.id(), ruleSet) != null) {
                throw new RuleSetException(ruleSet.id() + ": two rule sets have this id");
            }
        }
        this.byId = Map.copyOf(map);
    }

    public static RuleSetCatalog of(Collection<RuleSet> ruleSets) {
        return new RuleSetCatalog(ruleSets);
    }

    public static RuleSetCatalog bundled() {
        return new RuleSetCatalog(BUNDLED.stream().map(RuleSetLoader::readResource).toList());
    }

    /** The bundled rule sets plus every {@code *.json} file in {@code directory}. */
    public static RuleSetCatalog bundledAnd(Path directory) {
        return new RuleSetCatalog(Stream.concat(
                BUNDLED.stream().map(RuleSetLoader::readResource),
                readDirectory(directory).stream()).toList());
    }

    /** Every {@code *.json} file in {@code directory}, in file-name order. */
    public static List<RuleSet> readDirectory(Path directory) {
        try (Stream<Path> files = Files.list(directory)) {
            return files.filter(file -> file.getFileName().toString().endsWith(".json"))
                    .sorted()
                    .map(RuleSetLoader::read)
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot list rule sets in " + directory, e);
        }
    }

    public Optional<RuleSet> find(String id) {
        return Optional.ofNullable(byId.get(id));
    }

    public RuleSet get(String id) {
        return find(id).orElseThrow(() -> new RuleSetException(id + ": no such rule set; known: " + byId.keySet()));
    }

    /** All rule sets, newest decision first. */
    public List<RuleSet> all() {
        return byId.values().stream().sorted(Comparator.comparing(RuleSet::effectiveFrom).reversed()).toList();
    }

    /**
     * The rule set in force for an audited month: the newest one in effect on the month's last day
     * (a decision signed mid-month governs that month's report, due on the 20th of the next).
     */
    public Optional<RuleSet> inForceFor(YearMonth month) {
        LocalDate lastDay = month.atEndOfMonth();
        return all().stream().filter(ruleSet -> !ruleSet.effectiveFrom().isAfter(lastDay)).findFirst();
    }
}
