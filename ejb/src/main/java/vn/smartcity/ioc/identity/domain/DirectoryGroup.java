package vn.smartcity.ioc.identity.domain;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;

import org.hibernate.envers.Audited;

import vn.smartcity.ioc.shared.domain.Invalid;

/**
 * A group of the government directory (its cn, as the directory names it: "Sở Xây dựng", "UBND phường Đoàn Kết")
 * whose members belong to a department of the IOC. Administrators edit these on the console; a group named
 * exactly like a department code needs none.
 */
@Entity
@Table(name = "directory_group")
@Audited
public class DirectoryGroup {

    /** The longest group name kept (an LDAP cn is seldom longer). */
    public static final int MAX_NAME = 200;

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "directory_group_seq")
    @SequenceGenerator(name = "directory_group_seq", sequenceName = "directory_group_seq", allocationSize = 50)
    private Long id;

    @Column(name = "group_name", nullable = false, length = MAX_NAME, unique = true)
    private String groupName;

    @Column(name = "department_code", nullable = false, length = 40)
    private String departmentCode;

    @Column(name = "changed_by", nullable = false, length = 100)
    private String changedBy;

    @Column(name = "changed_at", nullable = false)
    private Instant changedAt;

    protected DirectoryGroup() {
    }

    public DirectoryGroup(String groupName, String departmentCode, String by, Instant at) {
        if (groupName == null || groupName.isBlank() || groupName.strip().length() > MAX_NAME) {
            throw new Invalid("identity.directoryGroupName", MAX_NAME);
        }
        this.groupName = groupName.strip();
        sendTo(departmentCode, by, at);
    }

    public void sendTo(String departmentCode, String by, Instant at) {
        this.departmentCode = departmentCode;
        this.changedBy = by;
        this.changedAt = at;
    }

    public Long getId() { return id; }
    public String getGroupName() { return groupName; }
    public String getDepartmentCode() { return departmentCode; }
    public String getChangedBy() { return changedBy; }
    public Instant getChangedAt() { return changedAt; }
}
