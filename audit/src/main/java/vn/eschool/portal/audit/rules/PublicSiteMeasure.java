package vn.eschool.portal.audit.rules;

import java.util.List;

/**
 * The public site, Layer 1 (8265: II.3.1).
 *
 * @param shortcoming              per missing or stale section and per news category below its monthly posts
 * @param newsCategoryMonthlyPosts posts each news category needs in the month (0: not checked)
 * @param eventWindowDays          a post counts as timely up to this many days after the event
 */
public record PublicSiteMeasure(
        List<Layer1Section> sections,
        FixedDeduction shortcoming,
        int newsCategoryMonthlyPosts,
        int eventWindowDays,
        FixedDeduction untimelyEvent,
        FixedDeduction noAlbumPhotos) implements Measure {

    public static final String KIND = "public-site";

    public PublicSiteMeasure {
        sections = List.copyOf(sections);
    }

    @Override
    public String kind() {
        return KIND;
    }
}
