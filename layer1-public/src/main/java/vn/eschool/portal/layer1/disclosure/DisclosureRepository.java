package vn.eschool.portal.layer1.disclosure;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import vn.eschool.portal.core.school.School;
import vn.eschool.portal.core.teaching.SchoolYear;

/** Published disclosure versions. There is no removal: versions are kept online (at least 5 years). */
public interface DisclosureRepository {

    /** Every version of the school year, oldest first. */
    List<DisclosureVersion> ofYear(School school, SchoolYear year);

    List<DisclosureVersion> history(School school, SchoolYear year, String itemKey);

    Optional<DisclosureVersion> find(School school, long versionId);

    /** The school years with at least one version, newest first. */
    List<SchoolYear> years(School school);

    Optional<OffsetDateTime> lastPublished(School school);

    DisclosureVersion add(DisclosureVersion version);
}
