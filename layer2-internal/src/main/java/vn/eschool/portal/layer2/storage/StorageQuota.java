package vn.eschool.portal.layer2.storage;

import java.util.Locale;
import vn.eschool.portal.core.rest.PortalException;

/** A school's storage allowance against what its files already take: all arithmetic, no database. */
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
                    "Kho lưu trữ của trường đã đầy (đã dùng " + gigabytes(usedBytes) + " / " + gigabytes(limitBytes)
                            + " GB): không lưu được tệp này. Hãy xoá bớt tệp cũ hoặc liên hệ phòng GD&ĐT.",
                    "The school's storage is full (" + gigabytes(usedBytes) + " of " + gigabytes(limitBytes)
                            + " GB used): the file was not stored. Delete old files or contact the district office.");
        }
    }

    private static String gigabytes(long bytes) {
        return String.format(Locale.ROOT, "%.2f", bytes / (1024.0 * 1024 * 1024));
    }
}
