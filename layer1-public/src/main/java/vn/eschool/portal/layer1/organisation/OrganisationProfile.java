package vn.eschool.portal.layer1.organisation;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OneToOne;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import vn.eschool.portal.core.account.Account;
import vn.eschool.portal.core.files.Attachment;

/**
 * What a staff member shows on the public organisation page beyond the account: duties (nhiệm vụ), a photo, and
 * the contact details the person chose to publish (never the account's own email or phone).
 */
@Entity
@Table(name = "layer1_org_profile")
public class OrganisationProfile {

    @Id
    @SequenceGenerator(name = "layer1_org_profile_seq", sequenceName = "layer1_org_profile_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "layer1_org_profile_seq")
    private Long id;

    @OneToOne(optional = false)
    @JoinColumn(name = "account_id")
    private Account account;

    @Column(length = 1000)
    private String duties;

    @ManyToOne
    @JoinColumn(name = "photo_id")
    private Attachment photo;

    @Column(name = "public_email", length = 120)
    private String publicEmail;

    @Column(name = "public_phone", length = 30)
    private String publicPhone;

    @Column(name = "display_order", nullable = false)
    private int displayOrder;

    @Version
    @Column(name = "row_version", nullable = false)
    private long version;

    protected OrganisationProfile() {
    }

    public OrganisationProfile(Account account) {
        this.account = account;
    }

    public Account account() {
        return account;
    }

    public String duties() {
        return duties;
    }

    public Attachment photo() {
        return photo;
    }

    public String publicEmail() {
        return publicEmail;
    }

    public String publicPhone() {
        return publicPhone;
    }

    public int displayOrder() {
        return displayOrder;
    }

    public void describe(String duties, String publicEmail, String publicPhone, int displayOrder) {
        this.duties = duties;
        this.publicEmail = publicEmail;
        this.publicPhone = publicPhone;
        this.displayOrder = displayOrder;
    }

    public void showPhoto(Attachment photo) {
        this.photo = photo;
    }
}
