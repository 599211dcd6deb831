package vn.eschool.portal.layer1.site;

/**
 * Something a school's public pages show changed outside the content base (categories, disclosures): fired inside
 * the writing transaction, observed after it commits (the page cache forgets the school's pages).
 */
public record PublicSiteChanged(String schoolCode) {
}
