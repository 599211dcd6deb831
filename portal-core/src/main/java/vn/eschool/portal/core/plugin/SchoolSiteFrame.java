package vn.eschool.portal.core.plugin;

import jakarta.enterprise.inject.Instance;
import java.util.HashMap;
import java.util.Map;
import vn.eschool.portal.core.school.School;
import vn.eschool.portal.core.school.SchoolResource.SchoolView;

/**
 * The frame of a school's public site (banner, menu, theme, feed discovery, footer), which the public-site plugin
 * provides as a CDI bean, so that another plugin's page of a school's site (the audit's self-assessment) looks like
 * the school's other pages. A template imports the frame named by the model's {@code frame} and calls its macro
 * {@code page title}; without a frame deployed, {@link #SHARED} puts the page in the shared layout.
 */
public interface SchoolSiteFrame {

    /** The fallback: the shared layout naming the school. */
    String SHARED = "/core/school-page.ftlh";

    /** The template whose macro {@code page title} frames a page. */
    String template();

    /** What the frame's template reads, the school ({@code school}) included. */
    Map<String, Object> model(School school);

    /** The model of a page of {@code school}'s site: the deployed frame's, or the shared layout's. */
    static Map<String, Object> model(Instance<SchoolSiteFrame> frames, School school) {
        if (frames.isResolvable()) {
            SchoolSiteFrame frame = frames.get();
            Map<String, Object> model = new HashMap<>(frame.model(school));
            model.put("frame", frame.template());
            return model;
        }
        Map<String, Object> model = new HashMap<>();
        model.put("school", SchoolView.of(school));
        model.put("frame", SHARED);
        return model;
    }
}
