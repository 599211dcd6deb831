package vn.eschool.portal.audit;

import vn.eschool.portal.core.plugin.PortalPlugin;

/** The audit against Standard 2 of the district criteria (Decision 8265/QĐ-UBND, 2021). */
public class AuditPlugin implements PortalPlugin {

    @Override
    public String id() {
        return "audit";
    }

    @Override
    public String displayName() {
        return "Kiểm tra, đánh giá trường học điện tử";
    }

    @Override
    public int order() {
        return 90;
    }
}
