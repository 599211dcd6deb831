package vn.eschool.portal.layer2.lessons;

import java.time.YearMonth;
import java.util.List;
import java.util.Optional;
import vn.eschool.portal.core.account.Account;
import vn.eschool.portal.core.content.ContentItem;
import vn.eschool.portal.core.school.School;

public interface LectureRepository {

    Optional<ContentItem> findDuplicate(School school, DuplicateLecture key);

    /** A lecture of the school that is not deleted. */
    Optional<ContentItem> find(School school, long id);

    /** Published lectures matching the query, newest first, at most {@code limit}. */
    List<ContentItem> search(School school, LectureQuery query, int limit);

    /** The author's published lectures that count for {@code month} (their original date for migrated ones). */
    long countInMonth(School school, Account author, YearMonth month);
}
