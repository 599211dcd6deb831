package vn.eschool.portal.core.rest;

/**
 * A 1-based page number from a {@code page=} (API) or {@code trang=} (pages) query parameter: 1 when absent, 400
 * {@code invalid-page} when not a whole number from 1 to {@value #MAX_PAGE} ({@link NumberParam}).
 */
public final class PageParam {

    /** Far past any list the portal shows, and small enough that no offset computed from it overflows. */
    public static final int MAX_PAGE = 100_000;

    private PageParam() {
    }

    public static int parse(String text) {
        return (int) NumberParam.parse(text, 1, MAX_PAGE, PageParam::invalid).orElse(1);
    }

    /** The index of the first row of {@code page} (1-based; below 1 counts as 1), never overflowing. */
    public static int offset(int page, int pageSize) {
        long offset = (long) (Math.max(page, 1) - 1) * pageSize;
        return (int) Math.min(offset, Integer.MAX_VALUE);
    }

    private static PortalException invalid() {
        return PortalException.badRequest("invalid-page",
                "Số trang phải là số nguyên từ 1 đến " + MAX_PAGE + ".",
                "The page must be a whole number from 1 to " + MAX_PAGE + ".");
    }
}
