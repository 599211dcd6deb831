package vn.eschool.portal.core.index;

/** What a visitor typed would cost the server too much to search: the message says what to leave out. */
public final class QueryTooComplexException extends IllegalArgumentException {

    private final String detailVi;

    QueryTooComplexException(String detailVi, String detailEn) {
        super(detailEn);
        this.detailVi = detailVi;
    }

    public String detailVi() {
        return detailVi;
    }

    public String detailEn() {
        return getMessage();
    }
}
