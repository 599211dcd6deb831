package vn.eschool.portal.layer2.home;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import vn.eschool.portal.core.school.School;
import vn.eschool.portal.core.school.SchoolResource.SchoolView;
import vn.eschool.portal.core.security.AuthenticatedUser;
import vn.eschool.portal.layer2.activity.ActivityService;
import vn.eschool.portal.layer2.folder.FolderService;
import vn.eschool.portal.layer2.folder.FolderView;
import vn.eschool.portal.layer2.items.FolderItemService;
import vn.eschool.portal.layer2.items.ItemView;
import vn.eschool.portal.layer2.lessons.LectureService;

/** Opening Layer 2: counted as a visit, then what the home shows. */
@ApplicationScoped
public class InternalHomeService {

    private static final int NEWS_SHOWN = 5;

    @Inject
    ActivityService activity;

    @Inject
    FolderService folders;

    @Inject
    FolderItemService items;

    @Inject
    LectureService lectures;

    public InternalHome open(School school, AuthenticatedUser user, boolean overseer) {
        activity.recordVisit(school, user);
        boolean member = school.id().equals(user.schoolId());
        return new InternalHome(SchoolView.of(school), folders.of(school).stream().map(FolderView::of).toList(),
                member ? lectures.month(school, user.accountId(), lectures.currentMonth()) : null,
                items.latestNews(school, items.viewer(user, overseer), NEWS_SHOWN).stream().map(ItemView::of).toList());
    }
}
