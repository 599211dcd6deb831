package vn.eschool.portal.layer1.migration;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import vn.eschool.portal.core.content.ContentItem;
import vn.eschool.portal.core.files.Attachment;
import vn.eschool.portal.core.school.School;

/** What earlier imports brought into a school, its old addresses, and the files imported posts show. */
public interface ImportRecords {

    /** Every item a source brought into the school, by its id there. */
    Map<String, ImportedItem> imported(School school, String source);

    void add(ImportedItem item);

    /** Every old address of the school already redirected. */
    List<String> oldPaths(School school);

    Optional<ContentItem> redirectOf(String schoolCode, String path);

    void add(OldLink link);

    void add(PostFile file);

    /** The posts whose body shows this file. */
    List<ContentItem> postsShowing(Attachment file);
}
