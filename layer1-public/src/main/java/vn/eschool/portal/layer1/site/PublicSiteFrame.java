package vn.eschool.portal.layer1.site;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Map;
import vn.eschool.portal.core.plugin.SchoolSiteFrame;
import vn.eschool.portal.core.school.School;

/** The school's site frame ({@code layer1/site.ftlh}) for other plugins' pages of the school's site. */
@ApplicationScoped
public class PublicSiteFrame implements SchoolSiteFrame {

    @Inject
    SiteService site;

    @Override
    public String template() {
        return "/layer1/site.ftlh";
    }

    @Override
    public Map<String, Object> model(School school) {
        return site.frame(school);
    }
}
