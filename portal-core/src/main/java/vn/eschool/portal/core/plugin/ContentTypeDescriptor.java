package vn.eschool.portal.core.plugin;

import vn.eschool.portal.core.content.AuditCategory;

/**
 * A kind of content item kept in the shared content base, e.g. {@code NEWS} or {@code LECTURE}
 * ({@link vn.eschool.portal.core.content.ContentTypes}). {@code auditCategory} says which of the audit's counts
 * the type goes into (news posts, documents, e-lectures, photos): the audit asks {@link Plugins#typesIn}.
 */
public record ContentTypeDescriptor(String type, String labelVi, String labelEn, AuditCategory auditCategory) {
}
