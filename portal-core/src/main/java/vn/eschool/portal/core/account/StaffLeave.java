package vn.eschool.portal.core.account;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.LocalDate;
import java.time.OffsetDateTime;

/** A leave (maternity, long sick leave, secondment…) from {@code firstDay} to {@code lastDay} inclusive. */
@Entity
@Table(name = "staff_leave")
public class StaffLeave {

    @Id
    @SequenceGenerator(name = "staff_leave_seq", sequenceName = "staff_leave_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "staff_leave_seq")
    private Long id;

    @ManyToOne(optional = false)
    @JoinColumn(name = "account_id")
    private Account account;

    @Column(name = "first_day", nullable = false)
    private LocalDate firstDay;

    @Column(name = "last_day", nullable = false)
    private LocalDate lastDay;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private LeaveReason reason;

    @Column(length = 300)
    private String note;

    @Column(name = "created_at", nullable = false)
    private OffsetDateTime createdAt;

    protected StaffLeave() {
    }

    public StaffLeave(Account account, LocalDate firstDay, LocalDate lastDay, LeaveReason reason, String note,
                      OffsetDateTime createdAt) {
        if (lastDay.isBefore(firstDay)) {
            throw new IllegalArgumentException("A leave ends on or after its first day");
        }
        this.account = account;
        this.firstDay = firstDay;
        this.lastDay = lastDay;
        this.reason = reason;
        this.note = note;
        this.createdAt = createdAt;
    }

    public Long id() {
        return id;
    }

    public Account account() {
        return account;
    }

    public LocalDate firstDay() {
        return firstDay;
    }

    public LocalDate lastDay() {
        return lastDay;
    }

    public LeaveReason reason() {
        return reason;
    }

    public String note() {
        return note;
    }

    public StaffDates.Period dates() {
        return new StaffDates.Period(firstDay, lastDay);
    }
}
