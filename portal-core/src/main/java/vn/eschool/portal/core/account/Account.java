package vn.eschool.portal.core.account;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import vn.eschool.portal.core.school.School;

/**
 * A person who signs in: a district account (no school) or a member of one school.
 * Accounts are disabled, never deleted, so history stays attributable.
 */
@Entity
@Table(name = "account")
public class Account {

    /** Scope of district accounts in the (scope, username) uniqueness key. */
    public static final String DISTRICT_SCOPE = "#district";
    public static final Pattern USERNAME_PATTERN = Pattern.compile("[a-z0-9][a-z0-9._-]{1,58}[a-z0-9]");

    @Id
    @SequenceGenerator(name = "account_seq", sequenceName = "account_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "account_seq")
    private Long id;

    @ManyToOne
    @JoinColumn(name = "school_id")
    private School school;

    /** The school code, or {@link #DISTRICT_SCOPE}: usernames are unique within it. */
    @Column(name = "login_scope", nullable = false, length = 40)
    private String loginScope;

    @Column(nullable = false, length = 60)
    private String username;

    @Column(name = "full_name", nullable = false, length = 150)
    private String fullName;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private Role role;

    @Column(name = "password_hash", nullable = false, length = 300)
    private String passwordHash;

    @ManyToOne
    @JoinColumn(name = "group_id")
    private ProfessionalGroup group;

    /** Subjects taught, comma separated in the order given. */
    @Column(length = 500)
    private String subjects;

    @Column(length = 150)
    private String position;

    @Column(length = 200)
    private String email;

    @Column(length = 50)
    private String phone;

    @Column(nullable = false)
    private boolean enabled = true;

    /** Whether the person teaches (the audit's "GV"): teachers by default; board members and editors who also teach. */
    @Column(nullable = false)
    private boolean teaches;

    @Column(name = "must_change_password", nullable = false)
    private boolean mustChangePassword;

    @Column(name = "created_at", nullable = false)
    private OffsetDateTime createdAt;

    /** The authenticator secret, encrypted (SecretCipher), set at enrolment and in force once {@link #totpEnabled}. */
    @Column(name = "totp_secret", length = 200)
    private String totpSecret;

    @Column(name = "totp_enabled", nullable = false)
    private boolean totpEnabled;

    /** The time step of the last accepted code: a code is never accepted twice. */
    @Column(name = "totp_last_step")
    private Long totpLastStep;

    /** SHA-256 hashes of the unused backup codes, comma separated. */
    @Column(name = "backup_codes", length = 1000)
    private String backupCodes;

    @Column(name = "last_login_at")
    private OffsetDateTime lastLoginAt;

    @OneToMany(mappedBy = "account", cascade = CascadeType.ALL)
    @OrderBy("joinedOn")
    private List<RosterPeriod> roster = new ArrayList<>();

    protected Account() {
    }

    public Account(School school, String username, String fullName, Role role, String passwordHash,
                   OffsetDateTime createdAt) {
        if (role.isDistrict() != (school == null)) {
            throw new IllegalArgumentException("District roles have no school; school roles need one");
        }
        this.school = school;
        this.loginScope = scopeOf(school);
        this.username = normaliseUsername(username);
        this.fullName = fullName;
        this.role = role;
        this.passwordHash = passwordHash;
        this.createdAt = createdAt;
        this.teaches = role == Role.TEACHER;
    }

    public static String scopeOf(School school) {
        return school == null ? DISTRICT_SCOPE : school.code();
    }

    public static String normaliseUsername(String username) {
        return username == null ? null : username.trim().toLowerCase(Locale.ROOT);
    }

    public Long id() {
        return id;
    }

    public School school() {
        return school;
    }

    public String username() {
        return username;
    }

    public String fullName() {
        return fullName;
    }

    public Role role() {
        return role;
    }

    public String passwordHash() {
        return passwordHash;
    }

    public ProfessionalGroup group() {
        return group;
    }

    public List<String> subjects() {
        if (subjects == null || subjects.isBlank()) {
            return List.of();
        }
        return Arrays.stream(subjects.split(",")).map(String::trim).filter(s -> !s.isEmpty()).toList();
    }

    public String position() {
        return position;
    }

    public String email() {
        return email;
    }

    public String phone() {
        return phone;
    }

    public boolean enabled() {
        return enabled;
    }

    public boolean teaches() {
        return teaches;
    }

    /** Whether the role may teach: staff (nhân viên) and district accounts never do. */
    public boolean mayTeach() {
        return role == Role.TEACHER || role == Role.SCHOOL_ADMIN || role == Role.EDITOR;
    }

    public void setTeaches(boolean teaches) {
        if (teaches && !mayTeach()) {
            throw new IllegalArgumentException(role + " does not teach");
        }
        this.teaches = teaches;
    }

    /** The periods on the school's roster, earliest first. */
    public List<RosterPeriod> roster() {
        return List.copyOf(roster);
    }

    public RosterPeriod joinRoster(LocalDate on) {
        RosterPeriod period = new RosterPeriod(this, on);
        roster.add(period);
        return period;
    }

    public boolean mustChangePassword() {
        return mustChangePassword;
    }

    public OffsetDateTime createdAt() {
        return createdAt;
    }

    public OffsetDateTime lastLoginAt() {
        return lastLoginAt;
    }

    public void signedIn(OffsetDateTime at) {
        this.lastLoginAt = at;
    }

    public void assignTo(ProfessionalGroup group, List<String> subjects) {
        if (group != null && (school == null || !group.school().id().equals(school.id()))) {
            throw new IllegalArgumentException("A group of another school");
        }
        this.group = group;
        this.subjects = subjects == null || subjects.isEmpty() ? null : String.join(",", subjects);
    }

    public void describe(String position, String email, String phone) {
        this.position = position;
        this.email = email;
        this.phone = phone;
    }

    public void changePassword(String newHash, boolean mustChangeAtNextLogin) {
        this.passwordHash = newHash;
        this.mustChangePassword = mustChangeAtNextLogin;
    }

    /** The same password hashed with newer parameters, unless it was changed since {@code verifiedHash} was read. */
    public void rehashPassword(String verifiedHash, String newHash) {
        if (passwordHash.equals(verifiedHash)) {
            this.passwordHash = newHash;
        }
    }

    public boolean twoFactorEnabled() {
        return totpEnabled;
    }

    public String totpSecret() {
        return totpSecret;
    }

    public long totpLastStep() {
        return totpLastStep == null ? Long.MIN_VALUE : totpLastStep;
    }

    public List<String> backupCodeHashes() {
        return backupCodes == null || backupCodes.isBlank() ? List.of() : List.of(backupCodes.split(","));
    }

    public void startTwoFactorEnrolment(String secret) {
        this.totpSecret = secret;
        this.totpEnabled = false;
        this.totpLastStep = null;
    }

    /** Replaces a secret stored before encryption at rest by its encrypted form. */
    public void resealTotpSecret(String sealedSecret) {
        this.totpSecret = sealedSecret;
    }

    public void enableTwoFactor(long acceptedStep, List<String> backupHashes) {
        this.totpEnabled = true;
        this.totpLastStep = acceptedStep;
        this.backupCodes = String.join(",", backupHashes);
    }

    public void acceptedTotpStep(long step) {
        this.totpLastStep = step;
    }

    public void replaceBackupCodes(List<String> hashes) {
        this.backupCodes = String.join(",", hashes);
    }

    public void resetTwoFactor() {
        this.totpSecret = null;
        this.totpEnabled = false;
        this.totpLastStep = null;
        this.backupCodes = null;
    }

    /** Whether the school's policy requires this account to sign in with a second factor. */
    public boolean needsTwoFactor() {
        return school != null && school.requiresTwoFactor() && (role == Role.SCHOOL_ADMIN || role == Role.EDITOR);
    }

    public void disable() {
        this.enabled = false;
    }

    public void enable() {
        this.enabled = true;
    }

    public void rename(String fullName) {
        this.fullName = fullName;
    }

    public boolean belongsTo(School other) {
        return school != null && other != null && school.id().equals(other.id());
    }
}
