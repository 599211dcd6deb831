package vn.eschool.portal.core.plugin;

/**
 * A kind of content item kept in the shared content base, e.g. {@code NEWS} or {@code LECTURE}.
 * {@code auditCategory} groups types for the audit's counts (news posts, documents, e-lectures, photos).
 */
public record ContentTypeDescriptor(String type, String labelVi, String labelEn, String auditCategory) {
}
