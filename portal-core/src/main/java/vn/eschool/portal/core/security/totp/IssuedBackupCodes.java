package vn.eschool.portal.core.security.totp;

import java.util.List;

/** Backup codes just issued: {@code codes} are shown to the user once, {@code stored} is all that is kept. */
public record IssuedBackupCodes(List<String> codes, BackupCodes stored) {

    public IssuedBackupCodes {
        codes = List.copyOf(codes);
    }
}
