package vn.eschool.portal.layer1.disclosure;

import java.time.LocalDate;
import java.time.MonthDay;
import java.util.List;
import vn.eschool.portal.core.teaching.SchoolYear;

/**
 * The deadlines of Thông tư 09/2024: every item of a school year by its yearly date (30 June before the year
 * opens), and every change within a number of working days (10) of the change.
 *
 * @param dueMonthDay       the yearly deadline
 * @param updateWorkingDays working days allowed to publish a change
 * @param keepYears         years a published version stays online (at least)
 */
public record DisclosureRules(MonthDay dueMonthDay, int updateWorkingDays, int keepYears) {

    /** One published version as the rules see it: the day it went online, and the day the facts changed. */
    public record Publication(int number, LocalDate publishedOn, LocalDate changedOn) {
    }

    /**
     * The school year whose checklist applies on {@code date}: its disclosures are due in the June before it opens,
     * so the disclosure year turns on 1 July, not in September.
     */
    public static SchoolYear yearOn(LocalDate date) {
        return new SchoolYear(date.getMonthValue() >= 7 ? date.getYear() : date.getYear() - 1);
    }

    public LocalDate due(SchoolYear year) {
        return year.on(dueMonthDay);
    }

    /**
     * The deadline of a version. An update is due {@code updateWorkingDays} working days after the change it
     * reports (its publication day when no change day is given). The first version is due by the yearly date,
     * or, when it reports facts decided later (say fees set in August), within the working days of that decision.
     */
    public LocalDate deadline(SchoolYear year, Publication version) {
        LocalDate changed = version.changedOn() == null ? version.publishedOn() : version.changedOn();
        LocalDate afterChange = WorkingDays.after(changed, updateWorkingDays);
        if (version.number() > 1) {
            return afterChange;
        }
        LocalDate yearly = due(year);
        return version.changedOn() != null && afterChange.isAfter(yearly) ? afterChange : yearly;
    }

    /** The status of an item on {@code today}, given its versions (any order). */
    public DisclosureStatus status(SchoolYear year, List<Publication> versions, LocalDate today) {
        if (versions.isEmpty()) {
            return today.isAfter(due(year)) ? DisclosureStatus.OVERDUE : DisclosureStatus.MISSING;
        }
        Publication latest = versions.stream().max((a, b) -> Integer.compare(a.number(), b.number())).orElseThrow();
        return latest.publishedOn().isAfter(deadline(year, latest)) ? DisclosureStatus.UPDATED_LATE
                : DisclosureStatus.PUBLISHED;
    }

    /** The oldest school year whose versions must still be online on {@code today}. */
    public SchoolYear oldestKept(LocalDate today) {
        return new SchoolYear(yearOn(today).firstYear() - keepYears);
    }
}
