package vn.eschool.portal.audit.rules;

import java.util.List;

/** The internal area, Layer 2 (8265: II.3.2). */
public record InternalSiteMeasure(
        DeductionScale teachersNotUsingLayer2,
        List<String> prescribedFolders,
        FixedDeduction missingFolder,
        FixedDeduction missingGroupRepository) implements Measure {

    public static final String KIND = "internal-site";

    public InternalSiteMeasure {
        prescribedFolders = List.copyOf(prescribedFolders);
    }

    @Override
    public String kind() {
        return KIND;
    }
}
