package vn.eschool.portal.layer1.news;

/** What someone did to a post; recorded in the workflow log. */
public enum EditorialAction {
    CREATE("tạo bài"), EDIT("sửa bài"), RESTORE("khôi phục phiên bản"), SUBMIT("gửi duyệt"), APPROVE("duyệt"),
    RETURN("trả lại"), PUBLISH("đăng");

    private final String labelVi;

    EditorialAction(String labelVi) {
        this.labelVi = labelVi;
    }

    public String labelVi() {
        return labelVi;
    }
}
