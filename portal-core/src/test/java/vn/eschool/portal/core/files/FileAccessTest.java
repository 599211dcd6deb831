package vn.eschool.portal.core.files;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import vn.eschool.portal.core.account.Role;

class FileAccessTest {

    private static final long SCHOOL = 1;
    private static final long UPLOADER = 10;
    private static final long GROUP = 7;

    private static final FileReader TEACHER = new FileReader(11, SCHOOL, Role.TEACHER, GROUP);
    private static final FileReader COLLEAGUE = new FileReader(12, SCHOOL, Role.TEACHER, 8L);
    private static final FileReader EDITOR = new FileReader(13, SCHOOL, Role.EDITOR, null);
    private static final FileReader SCHOOL_ADMIN = new FileReader(14, SCHOOL, Role.SCHOOL_ADMIN, null);
    private static final FileReader UPLOADER_ACCOUNT = new FileReader(UPLOADER, SCHOOL, Role.TEACHER, null);
    private static final FileReader OTHER_SCHOOLS_ADMIN = new FileReader(20, 2L, Role.SCHOOL_ADMIN, null);
    private static final FileReader INSPECTOR = new FileReader(30, null, Role.INSPECTOR, null);
    private static final FileReader DISTRICT_ADMIN = new FileReader(31, null, Role.DISTRICT_ADMIN, null);

    private static boolean reads(FileReader reader, FileReaders... uses) {
        return FileAccess.mayRead(reader, SCHOOL, UPLOADER, List.of(uses));
    }

    @Test
    void aPublicUseLetsAnyoneRead() {
        assertTrue(reads(null, FileReaders.overseers(), FileReaders.anyone()));
        assertTrue(reads(OTHER_SCHOOLS_ADMIN, FileReaders.anyone()));
    }

    @Test
    void anInternalItemsFileIsForItsAudienceItsAuthorAndTheOverseers() {
        FileReaders toOnePerson = FileReaders.accounts(Set.of(12L)).and(FileReaders.accounts(Set.of(UPLOADER)));
        assertTrue(reads(COLLEAGUE, toOnePerson));
        assertFalse(reads(TEACHER, toOnePerson), "a member outside the audience");
        assertFalse(reads(EDITOR, toOnePerson));
        assertTrue(reads(UPLOADER_ACCOUNT, toOnePerson));
        assertTrue(reads(SCHOOL_ADMIN, toOnePerson));
        assertTrue(reads(INSPECTOR, toOnePerson));
        assertTrue(reads(DISTRICT_ADMIN, toOnePerson));
        assertFalse(reads(OTHER_SCHOOLS_ADMIN, toOnePerson));
        assertFalse(reads(null, toOnePerson));

        assertTrue(reads(TEACHER, FileReaders.group(GROUP)));
        assertFalse(reads(COLLEAGUE, FileReaders.group(GROUP)));
        assertTrue(reads(COLLEAGUE, FileReaders.members()));
        assertFalse(reads(OTHER_SCHOOLS_ADMIN, FileReaders.members()), "members of this school only");
        assertTrue(reads(EDITOR, FileReaders.roles(Role.EDITOR)), "a draft post's cover");
        assertFalse(reads(TEACHER, FileReaders.roles(Role.EDITOR)));
    }

    @Test
    void evidenceIsForTheOverseersOnly() {
        assertFalse(reads(TEACHER, FileReaders.overseers()));
        assertFalse(reads(EDITOR, FileReaders.overseers()));
        assertTrue(reads(SCHOOL_ADMIN, FileReaders.overseers()));
        assertTrue(reads(INSPECTOR, FileReaders.overseers()));
    }

    @Test
    void aFileNoItemUsesIsForItsUploaderAndTheAdmins() {
        assertTrue(reads(UPLOADER_ACCOUNT));
        assertTrue(reads(SCHOOL_ADMIN));
        assertTrue(reads(DISTRICT_ADMIN));
        assertFalse(reads(TEACHER));
        assertFalse(reads(EDITOR));
        assertFalse(reads(INSPECTOR), "inspectors read what is in use");
        assertFalse(reads(OTHER_SCHOOLS_ADMIN));
        assertFalse(reads(null));
    }

    @Test
    void readersOfTwoUsesAddUp() {
        FileReaders both = FileReaders.group(GROUP).and(FileReaders.roles(Role.EDITOR));
        assertTrue(reads(TEACHER, both));
        assertTrue(reads(EDITOR, both));
        assertFalse(reads(COLLEAGUE, both));
        assertTrue(FileReaders.overseers().and(FileReaders.anyone()).everyone());
    }
}
