package vn.eschool.portal.layer1.migration;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.OffsetDateTime;
import java.util.List;
import vn.eschool.portal.core.files.Attachment;
import vn.eschool.portal.core.files.FileReaders;
import vn.eschool.portal.core.plugin.FileUses;
import vn.eschool.portal.layer1.site.PublicSiteFileUses;

/** An image inside an imported post's text is read by whoever reads the post, as its cover is. */
@ApplicationScoped
public class ImportedFileUses implements FileUses {

    @Inject
    ImportRecords records;

    @Override
    @Transactional
    public List<FileReaders> readersOf(Attachment file, OffsetDateTime now) {
        return records.postsShowing(file).stream().map(post -> PublicSiteFileUses.readersOf(post, now)).toList();
    }
}
