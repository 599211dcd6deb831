package vn.eschool.portal.layer2.activity;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.time.LocalDate;
import java.util.Objects;

/** An account and a day of the school's calendar: the key of {@link Layer2Visit}. */
@Embeddable
public class VisitDay {

    @Column(name = "account_id", nullable = false)
    private Long accountId;

    @Column(name = "visit_date", nullable = false)
    private LocalDate visitDate;

    protected VisitDay() {
    }

    public VisitDay(long accountId, LocalDate visitDate) {
        this.accountId = accountId;
        this.visitDate = visitDate;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof VisitDay day && Objects.equals(accountId, day.accountId)
                && Objects.equals(visitDate, day.visitDate);
    }

    @Override
    public int hashCode() {
        return Objects.hash(accountId, visitDate);
    }
}
