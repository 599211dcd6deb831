package vn.eschool.portal.layer1.question;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.OffsetDateTime;

/** Whether a school's contact page takes questions, and who switched it last; no row means open. */
@Entity
@Table(name = "layer1_question_form")
public class QuestionFormSwitch {

    @Id
    @Column(name = "school_id")
    private Long schoolId;

    @Column(name = "form_open", nullable = false)
    private boolean open;

    @Column(name = "changed_at", nullable = false)
    private OffsetDateTime changedAt;

    @Column(name = "changed_by", nullable = false, length = 100)
    private String changedBy;

    protected QuestionFormSwitch() {
    }

    QuestionFormSwitch(long schoolId) {
        this.schoolId = schoolId;
        this.open = true;
    }

    public boolean open() {
        return open;
    }

    void set(boolean open, String username, OffsetDateTime at) {
        this.open = open;
        this.changedBy = username;
        this.changedAt = at;
    }
}
