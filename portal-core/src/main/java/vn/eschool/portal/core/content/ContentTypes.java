package vn.eschool.portal.core.content;

/**
 * The content types of the shared content base, spelled once: Layer 1, Layer 2, the audit, the index and the demo
 * all name them from here. Each plugin declares the types it owns (with their audit category) in
 * {@link vn.eschool.portal.core.plugin.PortalPlugin#contentTypes()}.
 */
public final class ContentTypes {

    /** A news post of the public site (Layer 1). */
    public static final String NEWS = "NEWS";
    /** An introduction page of the public site. */
    public static final String PAGE = "PAGE";
    /** A directive document of the public site. */
    public static final String DOCUMENT = "DOCUMENT";
    /** A photo in an album. */
    public static final String PHOTO = "PHOTO";
    /** An e-lecture (Layer 2); shared ones form the public e-learning repository. */
    public static final String LECTURE = "LECTURE";
    /** Internal news of Layer 2. */
    public static final String INTERNAL_NEWS = "INTERNAL_NEWS";
    /** An internal document of Layer 2 (folders, lesson repositories). */
    public static final String INTERNAL_DOCUMENT = "INTERNAL_DOCUMENT";

    private ContentTypes() {
    }
}
