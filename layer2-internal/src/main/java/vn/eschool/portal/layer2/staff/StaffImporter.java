package vn.eschool.portal.layer2.staff;

import java.io.InputStream;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import vn.eschool.portal.core.account.Account;
import vn.eschool.portal.core.account.Role;
import vn.eschool.portal.core.text.VietnameseText;
import vn.eschool.portal.layer2.sheet.SheetFormat;
import vn.eschool.portal.layer2.sheet.SheetLayout;
import vn.eschool.portal.layer2.sheet.SheetRow;

/**
 * Imports the staff list a school keeps (danh sách cán bộ, giáo viên, nhân viên) as a preview: every row
 * understood or given its errors, and usernames suggested where the list has none. File-level problems
 * (unreadable, no header, too many rows) are thrown as a {@code PortalException}; the caller limits the
 * file size before handing the stream over.
 */
public final class StaffImporter {

    private static final int MAX_NAME = 150;
    private static final int MAX_TEXT = 150;
    private static final int MAX_SUBJECT = 80;
    private static final int MAX_USERNAME = 60;
    private static final LocalDate EARLIEST_BIRTH = LocalDate.of(1900, 1, 1);

    private StaffImporter() {
    }

    public static StaffImportPreview preview(InputStream in, SheetFormat format, StaffImportContext context) {
        return check(format.read(in, new SheetLayout<>(StaffColumn.class, StaffColumn.FULL_NAME, context.maxRows())),
                context);
    }

    static StaffImportPreview check(List<SheetRow<StaffColumn>> rows, StaffImportContext context) {
        return new Check(context).run(rows);
    }

    /** One import's checks; remembers the rows seen so far to find duplicates within the file. */
    private static final class Check {

        private final StaffImportContext context;
        private final Set<String> existingUsernames = new HashSet<>();
        private final Map<PersonKey, String> existingPeople = new HashMap<>();
        private final Map<String, String> knownGroups = new HashMap<>();
        private final Map<String, String> newGroups = new LinkedHashMap<>();
        private final Map<String, Integer> usernameRows = new HashMap<>();
        private final Map<PersonKey, Integer> personRows = new HashMap<>();

        Check(StaffImportContext context) {
            this.context = context;
            for (ExistingStaff staff : context.existingStaff()) {
                existingUsernames.add(Account.normaliseUsername(staff.username()));
                PersonKey.of(staff.fullName(), staff.dateOfBirth())
                        .ifPresent(key -> existingPeople.put(key, staff.username()));
            }
            if (context.knownGroups() != null) {
                context.knownGroups().forEach(group -> knownGroups.put(StaffFields.groupKey(group), group));
            }
        }

        StaffImportPreview run(List<SheetRow<StaffColumn>> rows) {
            List<Draft> drafts = rows.stream().map(this::read).toList();
            Set<String> taken = new HashSet<>(existingUsernames);
            taken.addAll(usernameRows.keySet());
            List<StaffPreviewRow> preview = new ArrayList<>();
            for (Draft draft : drafts) {
                boolean suggest = draft.username == null && draft.usernameCell.isEmpty();
                String username = suggest ? suggestUsername(draft.fullName, taken) : draft.username;
                if (username != null) {
                    taken.add(username);
                }
                StaffMember member = new StaffMember(username, draft.fullName, draft.dateOfBirth, draft.role,
                        draft.position, draft.group, draft.subjects, draft.email, draft.phone);
                preview.add(new StaffPreviewRow(draft.row, member, suggest && username != null, draft.errors));
            }
            return new StaffImportPreview(preview, List.copyOf(newGroups.values()));
        }

        private Draft read(SheetRow<StaffColumn> row) {
            Draft draft = new Draft(row.rowNumber(), row.get(StaffColumn.USERNAME));
            draft.fullName = fullName(row, draft);
            draft.dateOfBirth = dateOfBirth(row, draft);
            draft.role = role(row, draft);
            draft.position = limited(row, StaffColumn.POSITION, MAX_TEXT, draft);
            draft.group = group(row, draft);
            draft.subjects = subjects(row, draft);
            draft.email = email(row, draft);
            draft.phone = phone(row, draft);
            draft.username = username(draft);
            checkDuplicatePerson(draft);
            return draft;
        }

        private String fullName(SheetRow<StaffColumn> row, Draft draft) {
            String name = row.get(StaffColumn.FULL_NAME);
            if (name.isEmpty()) {
                draft.error(StaffColumn.FULL_NAME, "missing-full-name",
                        "Thiếu họ và tên.", "The full name is missing.");
                return null;
            }
            return limited(row, StaffColumn.FULL_NAME, MAX_NAME, draft);
        }

        private LocalDate dateOfBirth(SheetRow<StaffColumn> row, Draft draft) {
            String text = row.get(StaffColumn.DATE_OF_BIRTH);
            if (text.isEmpty()) {
                return null;
            }
            Optional<LocalDate> date = StaffFields.date(text);
            if (date.isEmpty()) {
                draft.error(StaffColumn.DATE_OF_BIRTH, "bad-date",
                        "Ngày sinh \"" + text + "\" không đúng dạng ngày/tháng/năm (ví dụ 05/09/1985).",
                        "The date of birth \"" + text + "\" is not a day/month/year date (e.g. 05/09/1985).");
                return null;
            }
            if (date.get().isBefore(EARLIEST_BIRTH) || !date.get().isBefore(context.today())) {
                draft.error(StaffColumn.DATE_OF_BIRTH, "implausible-date",
                        "Ngày sinh " + text + " không hợp lý.", "The date of birth " + text + " is not plausible.");
                return null;
            }
            return date.get();
        }

        private Role role(SheetRow<StaffColumn> row, Draft draft) {
            String text = row.get(StaffColumn.ROLE);
            Optional<Role> role = StaffFields.role(text);
            if (role.isEmpty()) {
                draft.error(StaffColumn.ROLE, "unknown-role",
                        "Vai trò \"" + text + "\" không rõ: dùng GV, NV, BBT hoặc QT.",
                        "Unknown role \"" + text + "\": use GV (teacher), NV (staff), BBT (editor) or QT (admin).");
            }
            return role.orElse(null);
        }

        private String group(SheetRow<StaffColumn> row, Draft draft) {
            String group = limited(row, StaffColumn.GROUP, MAX_TEXT, draft);
            if (group == null || context.knownGroups() == null) {
                return group;
            }
            String key = StaffFields.groupKey(group);
            String known = knownGroups.get(key);
            if (known != null) {
                return known;
            }
            if (context.createMissingGroups()) {
                return newGroups.computeIfAbsent(key, k -> group);
            }
            draft.error(StaffColumn.GROUP, "unknown-group",
                    "Tổ chuyên môn \"" + group + "\" chưa có trong trường.",
                    "The professional group \"" + group + "\" does not exist in this school.");
            return null;
        }

        private List<String> subjects(SheetRow<StaffColumn> row, Draft draft) {
            List<String> subjects = StaffFields.subjects(row.get(StaffColumn.SUBJECTS));
            for (String subject : subjects) {
                if (subject.length() > MAX_SUBJECT) {
                    draft.error(StaffColumn.SUBJECTS, "too-long",
                            "Tên môn dạy dài quá " + MAX_SUBJECT + " ký tự.",
                            "A subject name is longer than " + MAX_SUBJECT + " characters.");
                    return List.of();
                }
            }
            return subjects;
        }

        private String email(SheetRow<StaffColumn> row, Draft draft) {
            String email = row.get(StaffColumn.EMAIL);
            if (email.isEmpty()) {
                return null;
            }
            if (!StaffFields.email(email)) {
                draft.error(StaffColumn.EMAIL, "bad-email",
                        "Email \"" + email + "\" không hợp lệ.", "The email \"" + email + "\" is not valid.");
                return null;
            }
            return email;
        }

        private String phone(SheetRow<StaffColumn> row, Draft draft) {
            String text = row.get(StaffColumn.PHONE);
            if (text.isEmpty()) {
                return null;
            }
            Optional<String> phone = StaffFields.phone(text);
            if (phone.isEmpty()) {
                draft.error(StaffColumn.PHONE, "bad-phone",
                        "Số điện thoại \"" + text + "\" không hợp lệ (cần 10 hoặc 11 chữ số, bắt đầu bằng 0).",
                        "The phone number \"" + text + "\" is not valid (10 or 11 digits starting with 0).");
            }
            return phone.orElse(null);
        }

        /** A username given in the file, checked; {@code null} when absent or wrong. */
        private String username(Draft draft) {
            if (draft.usernameCell.isEmpty()) {
                return null;
            }
            String username = Account.normaliseUsername(draft.usernameCell);
            if (!Account.USERNAME_PATTERN.matcher(username).matches()) {
                draft.error(StaffColumn.USERNAME, "bad-username",
                        "Tên đăng nhập \"" + draft.usernameCell + "\" chỉ được gồm chữ thường không dấu, số và . _ -"
                                + " (3 đến 60 ký tự).",
                        "The username \"" + draft.usernameCell + "\" may only hold lower-case letters, digits"
                                + " and . _ - (3 to 60 characters).");
                return null;
            }
            if (existingUsernames.contains(username)) {
                draft.error(StaffColumn.USERNAME, "username-taken",
                        "Tên đăng nhập \"" + username + "\" đã có người dùng.",
                        "The username \"" + username + "\" is already taken.");
                return null;
            }
            Integer firstRow = usernameRows.putIfAbsent(username, draft.row);
            if (firstRow != null) {
                draft.error(StaffColumn.USERNAME, "duplicate-username",
                        "Tên đăng nhập \"" + username + "\" trùng với dòng " + firstRow + ".",
                        "The username \"" + username + "\" repeats row " + firstRow + ".");
                return null;
            }
            return username;
        }

        private void checkDuplicatePerson(Draft draft) {
            Optional<PersonKey> key = PersonKey.of(draft.fullName, draft.dateOfBirth);
            if (key.isEmpty()) {
                return;
            }
            String existing = existingPeople.get(key.get());
            if (existing != null) {
                draft.error(null, "person-exists",
                        draft.fullName + " (sinh " + draft.dateOfBirth + ") đã có tài khoản \"" + existing + "\".",
                        draft.fullName + " (born " + draft.dateOfBirth + ") already has the account \"" + existing
                                + "\".");
                return;
            }
            Integer firstRow = personRows.putIfAbsent(key.get(), draft.row);
            if (firstRow != null) {
                draft.error(null, "duplicate-person",
                        "Cùng họ tên và ngày sinh với dòng " + firstRow + ".",
                        "Same full name and date of birth as row " + firstRow + ".");
            }
        }

        private static String limited(SheetRow<StaffColumn> row, StaffColumn column, int max, Draft draft) {
            String text = row.get(column);
            if (text.isEmpty()) {
                return null;
            }
            if (text.length() > max) {
                draft.error(column, "too-long", column.labelVi() + " dài quá " + max + " ký tự.",
                        "The " + column.labelEn() + " is longer than " + max + " characters.");
                return null;
            }
            return text;
        }

        /** "huongntt", else "huongntt2", "huongntt3"...: the first free one; also when the base is too short. */
        private static String suggestUsername(String fullName, Set<String> taken) {
            if (fullName == null) {
                return null;
            }
            String base = VietnameseText.usernameBase(fullName);
            if (base.isEmpty()) {
                return null;
            }
            base = base.substring(0, Math.min(base.length(), MAX_USERNAME - 4));
            if (Account.USERNAME_PATTERN.matcher(base).matches() && !taken.contains(base)) {
                return base;
            }
            for (int number = 2; ; number++) {
                String candidate = base + number;
                if (!taken.contains(candidate)) {
                    return candidate;
                }
            }
        }
    }

    /** Same person: same name ignoring case and spacing (not accents: Hà and Hạ differ), same birth date. */
    private record PersonKey(String name, LocalDate dateOfBirth) {

        static Optional<PersonKey> of(String fullName, LocalDate dateOfBirth) {
            if (fullName == null || dateOfBirth == null) {
                return Optional.empty();
            }
            return Optional.of(new PersonKey(VietnameseText.clean(fullName).toLowerCase(Locale.ROOT), dateOfBirth));
        }
    }

    /** A row being read: fields filled in one by one, errors gathered. */
    private static final class Draft {

        final int row;
        final String usernameCell;
        final List<RowError> errors = new ArrayList<>();
        String username;
        String fullName;
        LocalDate dateOfBirth;
        Role role;
        String position;
        String group;
        List<String> subjects = List.of();
        String email;
        String phone;

        Draft(int row, String usernameCell) {
            this.row = row;
            this.usernameCell = usernameCell;
        }

        void error(StaffColumn column, String code, String vi, String en) {
            errors.add(new RowError(row, column, code, vi, en));
        }
    }
}
