package vn.smartcity.ioc.web.console.admin;

import java.util.List;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import vn.smartcity.ioc.identity.application.DirectoryGroupAdministration;
import vn.smartcity.ioc.web.shared.Messages;

/** /console/admin/directory-groups.xhtml: administrators map the directory's groups to the IOC's departments. */
@Named("directoryGroups")
@RequestScoped
public class DirectoryGroupsBacking {

    @Inject
    DirectoryGroupAdministration administration;

    private String groupName;
    private String departmentCode;
    private List<DirectoryGroupAdministration.Mapping> all;

    public void map() {
        try {
            administration.map(groupName, departmentCode);
            Messages.info("admin.category.saved");
            groupName = null;
            all = null;
        } catch (DirectoryGroupAdministration.Refused e) {
            Messages.error(e.key(), null);
        }
    }

    public void unmap(String group) {
        administration.unmap(group);
        all = null;
        Messages.info("admin.groups.unmapped");
    }

    public List<DirectoryGroupAdministration.Mapping> getAll() {
        if (all == null) {
            all = administration.all();
        }
        return all;
    }

    public String getGroupName() { return groupName; }
    public void setGroupName(String groupName) { this.groupName = groupName; }
    public String getDepartmentCode() { return departmentCode; }
    public void setDepartmentCode(String departmentCode) { this.departmentCode = departmentCode; }
}
