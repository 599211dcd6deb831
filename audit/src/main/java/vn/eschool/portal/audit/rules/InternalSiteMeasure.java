package vn.eschool.portal.audit.rules;

import java.util.List;

/**
 * The internal area, Layer 2 (8265: II.3.2).
 *
 * @param idleFolder per prescribed folder that is missing or received no item in the month ("vận hành khai thác
 *                   hiệu quả ngăn thư mục": a folder the portal creates by itself proves nothing by existing)
 */
public record InternalSiteMeasure(
        DeductionScale teachersNotUsingLayer2,
        List<String> prescribedFolders,
        FixedDeduction idleFolder,
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
