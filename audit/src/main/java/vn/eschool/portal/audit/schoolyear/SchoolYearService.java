package vn.eschool.portal.audit.schoolyear;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
import java.time.Month;
import java.time.YearMonth;
import java.util.Optional;
import vn.eschool.portal.core.logbook.ActivityLog;
import vn.eschool.portal.core.rest.DateParams;
import vn.eschool.portal.core.rest.PortalException;
import vn.eschool.portal.core.school.School;
import vn.eschool.portal.core.teaching.SchoolYear;

/**
 * The school-year calendars, designed like the event calendar: the district's defaults, a school's own dates
 * replacing them, and built-in dates when neither was recorded.
 */
@ApplicationScoped
public class SchoolYearService {

    @PersistenceContext(unitName = "portal")
    EntityManager em;

    @Inject
    ActivityLog log;

    /** The calendar a school follows in a school year. */
    public TeachingCalendar of(School school, SchoolYear year) {
        return find(school, year).map(SchoolYearDates::calendar).orElseGet(() -> district(year));
    }

    /** The calendar of the school year the month belongs to. */
    public TeachingCalendar of(School school, YearMonth month) {
        return of(school, SchoolYear.of(month));
    }

    public TeachingCalendar district(SchoolYear year) {
        return find(null, year).map(SchoolYearDates::calendar).orElseGet(() -> TeachingCalendar.builtIn(year));
    }

    /** Records the dates of a school ({@code null}: the district's defaults) for the year. */
    @Transactional
    public TeachingCalendar put(School school, SchoolYear year, SchoolYearRequest request) {
        TeachingCalendar calendar = parse(year, request, school == null ? TeachingCalendar.Source.DISTRICT
                : TeachingCalendar.Source.SCHOOL);
        SchoolYearDates dates = find(school, year).orElseGet(() -> {
            SchoolYearDates created = new SchoolYearDates(school, year);
            em.persist(created);
            return created;
        });
        dates.change(calendar);
        log.record(school, "audit.school-year.changed", year.toString(), calendar.firstDay() + " – " + calendar.lastDay()
                + (calendar.tetFirst() == null ? "" : ", Tết " + calendar.tetFirst() + " – " + calendar.tetLast()));
        return calendar;
    }

    private static TeachingCalendar parse(SchoolYear year, SchoolYearRequest request, TeachingCalendar.Source source) {
        LocalDate first = DateParams.day(request.firstDay(), "firstDay");
        LocalDate last = DateParams.day(request.lastDay(), "lastDay");
        LocalDate tetFirst = DateParams.day(request.tetFirst(), "tetFirst");
        LocalDate tetLast = DateParams.day(request.tetLast(), "tetLast");
        // The months of a school year are September to August (SchoolYear): its days stay within them.
        LocalDate yearStart = LocalDate.of(year.firstYear(), Month.SEPTEMBER, 1);
        LocalDate yearEnd = LocalDate.of(year.firstYear() + 1, Month.AUGUST, 31);
        if (first == null || last == null || first.isBefore(yearStart) || !last.isAfter(first) || last.isAfter(yearEnd)) {
            throw PortalException.badRequest("invalid-school-year", "Năm học " + year + " cần ngày bắt đầu (firstDay) từ "
                    + yearStart + " và ngày kết thúc (lastDay) sau đó, không quá " + yearEnd + ".",
                    "School year " + year + " needs firstDay from " + yearStart + " and a later lastDay up to " + yearEnd + ".");
        }
        if ((tetFirst == null) != (tetLast == null) || (tetFirst != null && (tetLast.isBefore(tetFirst)
                || tetFirst.isBefore(first) || tetLast.isAfter(last)))) {
            throw PortalException.badRequest("invalid-tet-break", "Kỳ nghỉ Tết cần cả ngày đầu (tetFirst) và ngày cuối (tetLast), "
                    + "theo thứ tự, trong năm học.", "The Tết break needs tetFirst and tetLast, in order, within the school year.");
        }
        return new TeachingCalendar(year, first, last, tetFirst, tetLast, source);
    }

    private Optional<SchoolYearDates> find(School school, SchoolYear year) {
        return (school == null
                ? em.createQuery("select d from SchoolYearDates d where d.school is null and d.firstYear = :year",
                        SchoolYearDates.class)
                : em.createQuery("select d from SchoolYearDates d where d.school = :school and d.firstYear = :year",
                        SchoolYearDates.class).setParameter("school", school))
                .setParameter("year", year.firstYear()).getResultStream().findFirst();
    }
}
