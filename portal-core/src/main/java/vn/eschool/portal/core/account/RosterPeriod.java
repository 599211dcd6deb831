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
import java.time.LocalDate;

/**
 * A stretch of time a person is on the school's staff (danh sách cán bộ, giáo viên), from {@code joinedOn} to
 * {@code leftOn} inclusive (open while null). Disabling an account closes its open period that day; enabling it
 * again opens a new one, so earlier months never change.
 */
@Entity
@Table(name = "roster_period")
public class RosterPeriod {

    @Id
    @SequenceGenerator(name = "roster_period_seq", sequenceName = "roster_period_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "roster_period_seq")
    private Long id;

    @ManyToOne(optional = false)
    @JoinColumn(name = "account_id")
    private Account account;

    @Column(name = "joined_on", nullable = false)
    private LocalDate joinedOn;

    @Column(name = "left_on")
    private LocalDate leftOn;

    protected RosterPeriod() {
    }

    public RosterPeriod(Account account, LocalDate joinedOn) {
        this.account = account;
        this.joinedOn = joinedOn;
    }

    public Account account() {
        return account;
    }

    public LocalDate joinedOn() {
        return joinedOn;
    }

    public LocalDate leftOn() {
        return leftOn;
    }

    public boolean open() {
        return leftOn == null;
    }

    public void redate(LocalDate joinedOn, LocalDate leftOn) {
        this.joinedOn = joinedOn;
        this.leftOn = leftOn;
    }

    public void leave(LocalDate on) {
        this.leftOn = on;
    }

    public StaffDates.Period dates() {
        return new StaffDates.Period(joinedOn, leftOn);
    }
}
