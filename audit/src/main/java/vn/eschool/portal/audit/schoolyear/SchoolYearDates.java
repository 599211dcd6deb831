package vn.eschool.portal.audit.schoolyear;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.LocalDate;
import vn.eschool.portal.core.school.School;
import vn.eschool.portal.core.teaching.SchoolYear;

/** The recorded dates of a school year: the district's defaults ({@code school} null) or one school's own. */
@Entity
@Table(name = "audit_school_year")
public class SchoolYearDates {

    @Id
    @SequenceGenerator(name = "audit_school_year_seq", sequenceName = "audit_school_year_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "audit_school_year_seq")
    private Long id;

    @ManyToOne
    @JoinColumn(name = "school_id")
    private School school;

    @Column(name = "first_year", nullable = false)
    private int firstYear;

    @Column(name = "first_day", nullable = false)
    private LocalDate firstDay;

    @Column(name = "last_day", nullable = false)
    private LocalDate lastDay;

    @Column(name = "tet_first")
    private LocalDate tetFirst;

    @Column(name = "tet_last")
    private LocalDate tetLast;

    protected SchoolYearDates() {
    }

    public SchoolYearDates(School school, SchoolYear year) {
        this.school = school;
        this.firstYear = year.firstYear();
    }

    public void change(TeachingCalendar calendar) {
        this.firstDay = calendar.firstDay();
        this.lastDay = calendar.lastDay();
        this.tetFirst = calendar.tetFirst();
        this.tetLast = calendar.tetLast();
    }

    public TeachingCalendar calendar() {
        return new TeachingCalendar(new SchoolYear(firstYear), firstDay, lastDay, tetFirst, tetLast,
                school == null ? TeachingCalendar.Source.DISTRICT : TeachingCalendar.Source.SCHOOL);
    }
}
