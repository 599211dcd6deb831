package vn.eschool.portal.audit.rules;

/** Learning materials for every class and subject (8265: II.2.2). */
public record LearningMaterialsMeasure(DeductionScale missingClassSubjects) implements Measure {

    public static final String KIND = "learning-materials";

    @Override
    public String kind() {
        return KIND;
    }
}
