package vn.eschool.portal.core.content;

/** Editorial life of an item. Only {@link #PUBLISHED} items count in the audit and show publicly. */
public enum ContentStatus { DRAFT, SUBMITTED, RETURNED, PUBLISHED, UNPUBLISHED, DELETED }
