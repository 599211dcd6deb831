package vn.eschool.portal.core.extract;

import vn.eschool.portal.core.rest.PortalException;

/**
 * The file is a program or a script, whatever its name or declared type says: the portal does not keep it.
 * Carries a stable {@link #code()} and the reason in Vietnamese and English for the uploader.
 */
public class RefusedFileException extends Exception {

    /** A program: Windows, Linux or macOS executables, installers, Java archives. */
    public static final String EXECUTABLE = "executable";
    /** A script: shell, batch, JavaScript, VBScript, PowerShell… */
    public static final String SCRIPT = "script";

    private final String code;
    private final String messageVi;
    private final String mediaType;

    public RefusedFileException(String code, String mediaType, String messageVi, String messageEn) {
        super(messageEn);
        this.code = code;
        this.mediaType = mediaType;
        this.messageVi = messageVi;
    }

    public String code() {
        return code;
    }

    /** The type detected from the content. */
    public String mediaType() {
        return mediaType;
    }

    public String messageVi() {
        return messageVi;
    }

    public String messageEn() {
        return getMessage();
    }

    /** For the REST layer: 415 Unsupported Media Type with the same code and messages. */
    public PortalException toPortalException() {
        return new PortalException(415, code, messageVi, getMessage());
    }
}
