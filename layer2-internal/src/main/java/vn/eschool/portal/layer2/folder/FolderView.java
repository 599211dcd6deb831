package vn.eschool.portal.layer2.folder;

/** A folder as listed; {@code own} folders are the school's to rename and delete. */
public record FolderView(long id, Long parentId, String name, FolderKind kind, String kindVi, boolean prescribed,
                         boolean own, String group, int order) {

    public static FolderView of(Folder f) {
        return new FolderView(f.id(), f.parent() == null ? null : f.parent().id(), f.name(), f.kind(),
                f.kind().labelVi(), f.prescribedAs() != null, f.isOwn(), f.group() == null ? null : f.group().name(),
                f.sortOrder());
    }
}
