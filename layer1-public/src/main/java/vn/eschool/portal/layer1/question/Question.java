package vn.eschool.portal.layer1.question;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.OffsetDateTime;
import vn.eschool.portal.core.account.Account;
import vn.eschool.portal.core.school.School;

/** A question a parent or visitor asked through the contact page, and the school's answer. */
@Entity
@Table(name = "layer1_question")
public class Question {

    @Id
    @SequenceGenerator(name = "layer1_question_seq", sequenceName = "layer1_question_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "layer1_question_seq")
    private Long id;

    @ManyToOne(optional = false)
    @JoinColumn(name = "school_id")
    private School school;

    @Column(name = "asker_name", nullable = false, length = 150)
    private String askerName;

    /** E-mail or phone, for the answer; never shown publicly. */
    @Column(nullable = false, length = 200)
    private String contact;

    @Column(nullable = false, length = 4000)
    private String question;

    /** Kept for the per-address rate limit. */
    @Column(name = "client_ip", nullable = false, length = 64)
    private String clientIp;

    @Column(name = "asked_at", nullable = false)
    private OffsetDateTime askedAt;

    @Column(length = 8000)
    private String answer;

    @ManyToOne
    @JoinColumn(name = "answered_by")
    private Account answeredBy;

    @Column(name = "answered_at")
    private OffsetDateTime answeredAt;

    /** Shown with its answer in the FAQ on the contact page. */
    @Column(name = "in_faq", nullable = false)
    private boolean inFaq;

    protected Question() {
    }

    public Question(School school, String askerName, String contact, String question, String clientIp,
                    OffsetDateTime askedAt) {
        this.school = school;
        this.askerName = askerName;
        this.contact = contact;
        this.question = question;
        this.clientIp = clientIp;
        this.askedAt = askedAt;
    }

    public Long id() {
        return id;
    }

    public School school() {
        return school;
    }

    public String askerName() {
        return askerName;
    }

    public String contact() {
        return contact;
    }

    public String question() {
        return question;
    }

    public OffsetDateTime askedAt() {
        return askedAt;
    }

    public String answer() {
        return answer;
    }

    public Account answeredBy() {
        return answeredBy;
    }

    public OffsetDateTime answeredAt() {
        return answeredAt;
    }

    public boolean inFaq() {
        return inFaq;
    }

    public void answer(String text, Account by, OffsetDateTime at, boolean showInFaq) {
        this.answer = text;
        this.answeredBy = by;
        this.answeredAt = at;
        this.inFaq = showInFaq;
    }
}
