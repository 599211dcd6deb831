package vn.eschool.portal.layer1.category;

public record CategoryView(long id, String name, String slug, CategoryKind kind, String kindVi, int order,
                           boolean prescribed) {

    public static CategoryView of(Category c) {
        return new CategoryView(c.id(), c.name(), c.slug(), c.kind(), c.kind().labelVi(), c.sortOrder(),
                c.prescribed());
    }
}
