package vn.eschool.portal.layer2.activity;

import jakarta.persistence.Column;
import jakarta.persistence.EmbeddedId;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.time.OffsetDateTime;

/** How often an account opened Layer 2 on one day: one row per account and day, counted up. */
@Entity
@Table(name = "layer2_visit")
public class Layer2Visit {

    @EmbeddedId
    private VisitDay day;

    @Column(name = "school_id", nullable = false)
    private Long schoolId;

    @Column(name = "first_at", nullable = false)
    private OffsetDateTime firstAt;

    @Column(name = "count", nullable = false)
    private int count;

    protected Layer2Visit() {
    }

    public Layer2Visit(VisitDay day, long schoolId, OffsetDateTime firstAt) {
        this.day = day;
        this.schoolId = schoolId;
        this.firstAt = firstAt;
        this.count = 1;
    }
}
