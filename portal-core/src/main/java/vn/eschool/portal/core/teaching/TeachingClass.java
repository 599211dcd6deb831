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
import vn.eschool.portal.core.school.School;

/** A class of the school in one school year, e.g. 6A in grade 6. */
@Entity
@Table(name = "teaching_class")
public class TeachingClass {

    @Id
    @SequenceGenerator(name = "teaching_class_seq", sequenceName = "teaching_class_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "teaching_class_seq")
    private Long id;

    @ManyToOne(optional = false)
    @JoinColumn(name = "school_id")
    private School school;

    @Column(name = "school_year", nullable = false, length = 9)
    private String schoolYear;

    @Column(nullable = false, length = 20)
    private String name;

    @Column(nullable = false)
    private int grade;

    protected TeachingClass() {
    }

    public TeachingClass(School school, SchoolYear year, String name, int grade) {
        this.school = school;
        this.schoolYear = year.toString();
        this.name = name;
        this.grade = grade;
    }

    public String name() {
        return name;
    }

    public int grade() {
        return grade;
    }
}
