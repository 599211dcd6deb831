package vn.eschool.portal.core.files;

import java.util.Locale;
import vn.eschool.portal.core.rest.PortalException;

/** A school's storage allowance ({@code PORTAL_SCHOOL_QUOTA_BYTES}) against what its files already take: all arithmetic, no database. */
public record StorageQuota(long limitBytes, long usedBytes) {

    public StorageQuota {
        if (limitBytes < 0 || usedBytes < 0) {
            throw new IllegalArgumentException("Sizes cannot be negative: " + usedBytes + " of " + limitBytes);
        }
    }

    /** Whether {@code moreBytes} still fit; an unknown size ({@code -1}) fits until it has been stored. */
    public boolean fits(long moreBytes) {
        return moreBytes < 0 || usedBytes <= limitBytes - moreBytes;
    }

    public boolean exceeded() {
        return usedBytes > limitBytes;
    }

    public void refuseUnlessFits(long moreBytes) {
        if (!fits(moreBytes) || exceeded()) {
            throw new PortalException(413, "school-storage-full",
                    "Dung lượng lưu trữ của trường đã hết (đã dùng " + size(usedBytes) + " / " + size(limitBytes)
                            + "): không lưu được tệp này, các tệp đã có vẫn được giữ nguyên. Hãy xoá bớt tệp cũ"
                            + " hoặc liên hệ phòng GD&ĐT.",
                    "The school's storage is full (" + size(usedBytes) + " of " + size(limitBytes)
                            + " used): this file was not stored; the files already there are kept. Delete old files"
                            + " or contact the district office.");
        }
    }

    /** Gigabytes, or megabytes below one gigabyte (small quotas would otherwise read "0.00 / 0.00 GB"). */
    static String size(long bytes) {
        double gib = bytes / (1024.0 * 1024 * 1024);
        return gib >= 1 ? String.format(Locale.ROOT, "%.2f GB", gib)
                : String.format(Locale.ROOT, "%.1f MB", bytes / (1024.0 * 1024));
    }
}
