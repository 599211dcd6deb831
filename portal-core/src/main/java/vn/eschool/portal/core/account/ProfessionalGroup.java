package vn.eschool.portal.core.account;

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

/** A professional group (tổ chuyên môn) of a school, e.g. "Tổ Khoa học tự nhiên". */
@Entity
@Table(name = "professional_group")
public class ProfessionalGroup {

    @Id
    @SequenceGenerator(name = "professional_group_seq", sequenceName = "professional_group_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "professional_group_seq")
    private Long id;

    @ManyToOne(optional = false)
    @JoinColumn(name = "school_id")
    private School school;

    @Column(nullable = false, length = 150)
    private String name;

    protected ProfessionalGroup() {
    }

    public ProfessionalGroup(School school, String name) {
        this.school = school;
        this.name = name;
    }

    public Long id() {
        return id;
    }

    public School school() {
        return school;
    }

    public String name() {
        return name;
    }
}
