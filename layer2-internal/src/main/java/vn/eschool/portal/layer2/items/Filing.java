package vn.eschool.portal.layer2.items;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.JoinTable;
import jakarta.persistence.ManyToMany;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OneToOne;
import jakarta.persistence.Table;
import java.util.HashSet;
import java.util.Set;
import java.util.stream.Collectors;
import vn.eschool.portal.core.account.Account;
import vn.eschool.portal.core.account.ProfessionalGroup;
import vn.eschool.portal.core.content.ContentItem;
import vn.eschool.portal.core.content.ItemAudience;
import vn.eschool.portal.layer2.folder.Folder;

/** Where a Layer 2 item (internal news, document, e-lecture) is filed, and who may see it. */
@Entity
@Table(name = "layer2_filing")
public class Filing {

    @Id
    @Column(name = "content_id")
    private Long contentId;

    @OneToOne(optional = false)
    @JoinColumn(name = "content_id", insertable = false, updatable = false)
    private ContentItem item;

    @ManyToOne(optional = false)
    @JoinColumn(name = "folder_id")
    private Folder folder;

    @Enumerated(EnumType.STRING)
    @Column(name = "audience", nullable = false, length = 10)
    private AudienceKind audienceKind;

    @ManyToOne
    @JoinColumn(name = "audience_group_id")
    private ProfessionalGroup audienceGroup;

    @ManyToMany(fetch = FetchType.EAGER)
    @JoinTable(name = "layer2_audience_member", joinColumns = @JoinColumn(name = "content_id"),
            inverseJoinColumns = @JoinColumn(name = "account_id"))
    private Set<Account> people = new HashSet<>();

    protected Filing() {
    }

    /** {@code item} must have been persisted: the filing shares its id. */
    public Filing(ContentItem item, Folder folder) {
        this.contentId = item.id();
        this.item = item;
        this.folder = folder;
        this.audienceKind = AudienceKind.ALL;
    }

    public void addressTo(AudienceKind kind, ProfessionalGroup group, Set<Account> persons) {
        this.audienceKind = kind;
        this.audienceGroup = kind == AudienceKind.GROUP ? group : null;
        this.people = kind == AudienceKind.PEOPLE ? new HashSet<>(persons) : new HashSet<>();
        // The item carries its audience too, for search, which knows no plugin's tables.
        item.addressTo(new ItemAudience(audienceGroup == null ? null : audienceGroup.id(),
                people.stream().map(Account::id).collect(Collectors.toSet())));
    }

    public Audience audience() {
        return new Audience(audienceKind, audienceGroup == null ? null : audienceGroup.id(),
                people.stream().map(Account::id).collect(Collectors.toSet()));
    }

    public ContentItem item() {
        return item;
    }

    public Folder folder() {
        return folder;
    }

    public ProfessionalGroup audienceGroup() {
        return audienceGroup;
    }

    public Set<Account> people() {
        return Set.copyOf(people);
    }
}
