package vn.eschool.portal.layer1.plan;

import java.util.List;

/** The article plan of one month, with how far the board has got. */
public record MonthPlan(String month, List<PlanTopicView> topics, PlanProgress.Summary progress) {
}
