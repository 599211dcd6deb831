package vn.eschool.portal.layer2.folder;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;

/** A folder the district prescribes for every school (003 II.3.2); each school gets its own copy. */
@Entity
@Table(name = "layer2_prescribed_folder")
public class PrescribedFolder {

    @Id
    @SequenceGenerator(name = "layer2_prescribed_folder_seq", sequenceName = "layer2_prescribed_folder_seq",
            allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "layer2_prescribed_folder_seq")
    private Long id;

    @Column(nullable = false, length = 150)
    private String name;

    @Column(name = "sort_order", nullable = false)
    private int sortOrder;

    protected PrescribedFolder() {
    }

    public PrescribedFolder(String name, int sortOrder) {
        this.name = name;
        this.sortOrder = sortOrder;
    }

    public Long id() {
        return id;
    }

    public String name() {
        return name;
    }

    public int sortOrder() {
        return sortOrder;
    }
}
