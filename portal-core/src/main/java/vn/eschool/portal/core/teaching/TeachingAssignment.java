package vn.eschool.portal.core.teaching;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import vn.eschool.portal.core.account.Account;
import vn.eschool.portal.core.school.School;

/** One line of the teaching assignments (phân công chuyên môn): a teacher teaches a subject in a class. */
@Entity
@Table(name = "teaching_assignment")
public class TeachingAssignment {

    @Id
    @SequenceGenerator(name = "teaching_assignment_seq", sequenceName = "teaching_assignment_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "teaching_assignment_seq")
    private Long id;

    @ManyToOne(optional = false)
    @JoinColumn(name = "school_id")
    private School school;

    @Column(name = "school_year", nullable = false, length = 9)
    private String schoolYear;

    @ManyToOne(optional = false)
    @JoinColumn(name = "account_id")
    private Account teacher;

    @Column(nullable = false, length = 80)
    private String subject;

    @Column(name = "class_name", nullable = false, length = 20)
    private String className;

    protected TeachingAssignment() {
    }

    public TeachingAssignment(School school, SchoolYear year, Account teacher, String subject, String className) {
        this.school = school;
        this.schoolYear = year.toString();
        this.teacher = teacher;
        this.subject = subject;
        this.className = className;
    }

    public Account teacher() {
        return teacher;
    }

    public String subject() {
        return subject;
    }

    public String className() {
        return className;
    }
}
