package vn.eschool.portal.audit.scoring;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import vn.eschool.portal.core.plugin.AuditSignals.SectionGap;

/**
 * The state of the public site at the end of the audited month.
 *
 * @param sectionLastUpdated        last update of each section present, keyed by the rule set's section id;
 *                                  a section without an entry is missing
 * @param newsCategoryPostsThisMonth every news category (chuyên mục) of the school with its posts in the month
 * @param gaps                      what the sections present lack, each one shortcoming
 */
public record Layer1Status(Map<String, LocalDate> sectionLastUpdated, Map<String, Integer> newsCategoryPostsThisMonth,
                           List<SectionGap> gaps) {

    public Layer1Status {
        sectionLastUpdated = Map.copyOf(sectionLastUpdated);
        newsCategoryPostsThisMonth = Map.copyOf(newsCategoryPostsThisMonth);
        gaps = List.copyOf(gaps);
    }
}
