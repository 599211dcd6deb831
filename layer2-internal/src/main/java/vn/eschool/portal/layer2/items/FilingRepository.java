package vn.eschool.portal.layer2.items;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import vn.eschool.portal.core.school.School;
import vn.eschool.portal.layer2.folder.Folder;

public interface FilingRepository {

    Filing add(Filing filing);

    Optional<Filing> find(School school, long contentId);

    /** The folder's items that are not deleted, newest first. */
    List<Filing> inFolder(Folder folder);

    /** The school's newest items of {@code type} that are not deleted. */
    List<Filing> latest(School school, String type, int limit);

    /** Items filed (not deleted) per folder id, published from {@code from} inclusive to {@code to} exclusive. */
    Map<Long, Integer> filedPerFolder(School school, OffsetDateTime from, OffsetDateTime to);
}
