package vn.eschool.portal.layer1;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.Map;
import vn.eschool.portal.core.transfer.SchoolDataPort;
import vn.eschool.portal.core.transfer.SchoolTable;
import vn.eschool.portal.layer1.album.Album;

/**
 * The public site's kinds of a school for its archive: categories, posts' revisions and workflow, Q&amp;A, albums
 * (photos are content items naming their album), the article plan, disclosure versions, the daily counters, the
 * organisation profiles, the site's settings and its question form's switch, and what an import from an older
 * portal left: the files a post's body shows, the old addresses answering 301, the record that keeps a second
 * import from creating anything.
 */
@ApplicationScoped
public class PublicSiteData implements SchoolDataPort {

    private static final String CONTENT = "content_item";
    private static final String ACCOUNT = "account";
    private static final String ATTACHMENT = "attachment";

    @Override
    public int order() {
        return 10;
    }

    @Override
    public List<SchoolTable> tables() {
        return List.of(
                SchoolTable.ofSchool("layer1_category", "layer1_category_seq"),
                SchoolTable.under("layer1_revision", "content_id", CONTENT, "layer1_revision_seq")
                        .refers("author_id", ACCOUNT),
                SchoolTable.under("layer1_workflow_event", "content_id", CONTENT, "layer1_workflow_event_seq")
                        .refers("actor_id", ACCOUNT),
                SchoolTable.ofSchool("layer1_question", "layer1_question_seq").refers("answered_by", ACCOUNT),
                SchoolTable.ofSchool("layer1_album", "layer1_album_seq").refers("cover_id", CONTENT)
                        .refers("created_by", ACCOUNT),
                SchoolTable.ofSchool("layer1_plan_topic", "layer1_plan_topic_seq").refers("writer_id", ACCOUNT)
                        .refers("post_id", CONTENT).refers("created_by", ACCOUNT),
                SchoolTable.ofSchool("layer1_disclosure_version", "layer1_disclosure_version_seq")
                        .refers("attachment_id", ATTACHMENT).refers("published_by", ACCOUNT),
                SchoolTable.ofSchool("layer1_visit_day", null).keyless(),
                SchoolTable.ofSchool("layer1_read_day", null).keyless().refers("content_id", CONTENT),
                SchoolTable.under("layer1_org_profile", "account_id", ACCOUNT, "layer1_org_profile_seq")
                        .refers("photo_id", ATTACHMENT),
                SchoolTable.ofSchool("layer1_site_settings", null).keyless().refers("logo_id", ATTACHMENT),
                SchoolTable.ofSchool("layer1_question_form", null).keyless(),
                SchoolTable.under("layer1_post_file", "content_id", CONTENT, "layer1_post_file_seq")
                        .refers("attachment_id", ATTACHMENT),
                SchoolTable.ofSchool("layer1_old_link", "layer1_old_link_seq").refers("content_id", CONTENT),
                SchoolTable.ofSchool("layer1_imported", "layer1_imported_seq").refers("content_id", CONTENT)
                        .refers("attachment_id", ATTACHMENT));
    }

    @Override
    public Map<String, String> idAttributes() {
        return Map.of(Album.PHOTO_ATTRIBUTE, "layer1_album");
    }
}
