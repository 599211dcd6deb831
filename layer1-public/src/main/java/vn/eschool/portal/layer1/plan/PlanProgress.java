package vn.eschool.portal.layer1.plan;

import java.time.LocalDate;
import java.util.Collection;
import java.util.Optional;

/**
 * Where a topic of the article plan stands: {@link #DONE} once the post that fulfils it is published,
 * {@link #LATE} when its deadline has passed without one, {@link #OPEN} otherwise. A deadline is the last day
 * allowed, in the school's time.
 */
public enum PlanProgress {
    DONE("Đã xong", "Done"), LATE("Trễ hạn", "Late"), OPEN("Đang thực hiện", "Open");

    private final String labelVi;
    private final String labelEn;

    PlanProgress(String labelVi, String labelEn) {
        this.labelVi = labelVi;
        this.labelEn = labelEn;
    }

    public String labelVi() {
        return labelVi;
    }

    public String labelEn() {
        return labelEn;
    }

    /**
     * @param publishedOn the day the linked post was published, if it is (a post scheduled for later is not)
     * @param today       today in the school's time
     */
    public static PlanProgress of(LocalDate deadline, Optional<LocalDate> publishedOn, LocalDate today) {
        if (publishedOn.isPresent()) {
            return DONE;
        }
        return today.isAfter(deadline) ? LATE : OPEN;
    }

    /** Counts of a month's topics by progress, and the share done (0–100, rounded down; 0 for no topics). */
    public record Summary(int done, int late, int open, int percentDone) {

        public static Summary of(Collection<PlanProgress> progress) {
            int done = (int) progress.stream().filter(p -> p == DONE).count();
            int late = (int) progress.stream().filter(p -> p == LATE).count();
            int open = progress.size() - done - late;
            return new Summary(done, late, open, progress.isEmpty() ? 0 : done * 100 / progress.size());
        }
    }
}
