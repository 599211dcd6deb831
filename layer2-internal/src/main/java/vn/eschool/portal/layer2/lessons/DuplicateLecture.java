package vn.eschool.portal.layer2.lessons;

import vn.eschool.portal.core.content.ContentItem;
import vn.eschool.portal.core.content.ContentStatus;
import vn.eschool.portal.core.content.ContentTypes;

/**
 * What makes an upload the same e-lecture again: the same author and the same bytes (SHA-256) as a lecture
 * that is not deleted. Uploading it twice is recognised rather than counted twice towards the monthly quota;
 * the same file from two teachers is two lectures.
 */
public record DuplicateLecture(long authorId, String sha256) {

    public boolean matches(ContentItem item) {
        return ContentTypes.LECTURE.equals(item.type()) && item.status() != ContentStatus.DELETED
                && item.author() != null && item.author().id() == authorId
                && item.attachment() != null && sha256.equals(item.attachment().sha256());
    }
}
