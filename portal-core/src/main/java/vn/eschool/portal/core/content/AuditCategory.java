package vn.eschool.portal.core.content;

/** How the audit counts a content type: which of its questions (posts, e-lectures, photos, ...) the type answers. */
public enum AuditCategory {
    NEWS,
    PAGES,
    DOCUMENTS,
    PHOTOS,
    LECTURES,
    INTERNAL_NEWS
}
