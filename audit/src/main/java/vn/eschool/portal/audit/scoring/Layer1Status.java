package vn.eschool.portal.audit.scoring;

import java.time.LocalDate;
import java.util.Map;

/**
 * The state of the public site at the end of the audited month.
 *
 * @param sectionLastUpdated        last update of each section present, keyed by the rule set's section id;
 *                                  a section without an entry is missing
 * @param newsCategoryPostsThisMonth every news category (chuyên mục) of the school with its posts in the month
 */
public record Layer1Status(Map<String, LocalDate> sectionLastUpdated, Map<String, Integer> newsCategoryPostsThisMonth) {

    public Layer1Status {
        sectionLastUpdated = Map.copyOf(sectionLastUpdated);
        newsCategoryPostsThisMonth = Map.copyOf(newsCategoryPostsThisMonth);
    }
}
