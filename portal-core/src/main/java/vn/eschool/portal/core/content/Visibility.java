package vn.eschool.portal.core.content;

/** Layer 1 (public site) or Layer 2 (signed-in staff of the school). */
public enum Visibility { PUBLIC, INTERNAL }
