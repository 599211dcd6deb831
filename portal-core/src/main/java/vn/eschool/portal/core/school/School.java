package vn.eschool.portal.core.school;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.OffsetDateTime;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/** A school: the tenant. Everything a school owns carries its id. */
@Entity
@Table(name = "school")
public class School {

    /** Lower-case letters, digits and dashes: the code appears in URLs ({@code /schools/{code}/}). */
    public static final Pattern CODE_PATTERN = Pattern.compile("[a-z0-9][a-z0-9-]{1,38}[a-z0-9]");

    @Id
    @SequenceGenerator(name = "school_seq", sequenceName = "school_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "school_seq")
    private Long id;

    @Column(nullable = false, unique = true, length = 40)
    private String code;

    @Column(nullable = false, length = 200)
    private String name;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 10)
    private SchoolLevel level;

    @Column(length = 300)
    private String address;

    @Column(length = 50)
    private String phone;

    @Column(length = 200)
    private String email;

    /** Host names the public site answers to, comma separated, lower case. */
    @Column(name = "host_names", length = 500)
    private String hostNames;

    @Column(name = "created_at", nullable = false)
    private OffsetDateTime createdAt;

    /** Admins and editors must sign in with an authenticator code (criterion III.3.1: a secured admin account). */
    @Column(name = "require_two_factor", nullable = false)
    private boolean requireTwoFactor;

    protected School() {
    }

    public School(String code, String name, SchoolLevel level, OffsetDateTime createdAt) {
        this.code = normaliseCode(code);
        this.name = name;
        this.level = level;
        this.createdAt = createdAt;
    }

    public static String normaliseCode(String code) {
        return code == null ? null : code.trim().toLowerCase(Locale.ROOT);
    }

    public Long id() {
        return id;
    }

    public String code() {
        return code;
    }

    public String name() {
        return name;
    }

    public SchoolLevel level() {
        return level;
    }

    public String address() {
        return address;
    }

    public String phone() {
        return phone;
    }

    public String email() {
        return email;
    }

    public OffsetDateTime createdAt() {
        return createdAt;
    }

    public boolean requiresTwoFactor() {
        return requireTwoFactor;
    }

    public void requireTwoFactor(boolean required) {
        this.requireTwoFactor = required;
    }

    public List<String> hostNames() {
        if (hostNames == null || hostNames.isBlank()) {
            return List.of();
        }
        return Arrays.stream(hostNames.split(",")).map(String::trim).filter(h -> !h.isEmpty()).toList();
    }

    public void updateContacts(String address, String phone, String email) {
        this.address = address;
        this.phone = phone;
        this.email = email;
    }

    public void setHostNames(List<String> names) {
        this.hostNames = names.stream().map(h -> h.trim().toLowerCase(Locale.ROOT)).filter(h -> !h.isEmpty())
                .distinct().reduce((a, b) -> a + "," + b).orElse(null);
    }
}
