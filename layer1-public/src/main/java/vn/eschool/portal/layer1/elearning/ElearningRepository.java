package vn.eschool.portal.layer1.elearning;

import java.util.List;
import java.util.Optional;
import vn.eschool.portal.core.content.ContentItem;
import vn.eschool.portal.core.school.School;

/** Published e-lectures (Layer 2's LECTURE items) of a school, those its teachers shared publicly or all. */
public interface ElearningRepository {

    /** Shared lectures, newest first, filtered by subject and grade when given. */
    List<ContentItem> shared(School school, String subject, Integer grade, int offset, int limit);

    long countShared(School school, String subject, Integer grade);

    /** The distinct values of an attribute (subject, grade) among shared lectures, sorted. */
    List<String> sharedValues(School school, String attribute);

    /** A published lecture of the school, shared or not. */
    Optional<ContentItem> find(School school, long id);
}
