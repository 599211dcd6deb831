package vn.eschool.portal.core.plugin;

import java.time.OffsetDateTime;
import java.util.List;
import vn.eschool.portal.core.files.Attachment;
import vn.eschool.portal.core.files.FileReaders;

/**
 * Which of a plugin's items use a file, and who may read each: the core asks every implementation (CDI beans in
 * plugins) and merges the answers, so that one rule ({@link vn.eschool.portal.core.files.FileAccess}) decides who
 * reads a file whichever plugin keeps the items that use it (posts, photos, folder items, e-lectures, disclosure
 * versions, evidence…). A plugin that keeps none of the file's uses answers an empty list.
 */
public interface FileUses {

    /** Who may read each item of this plugin that uses {@code file}, as of {@code now}. */
    List<FileReaders> readersOf(Attachment file, OffsetDateTime now);
}
