package vn.eschool.portal.core.bootstrap;

/**
 * Fired once at start-up after the schema is migrated and the district admin exists. Plugins and the demo
 * seeder observe it; {@code notes} collects lines for the start-up banner (e.g. demo sign-in details).
 */
public final class PortalReady {

    private final java.util.List<String> notes = new java.util.ArrayList<>();

    public void note(String line) {
        notes.add(line);
    }

    public java.util.List<String> notes() {
        return java.util.List.copyOf(notes);
    }
}
