package vn.smartcity.ioc.identity.application;

import java.util.Optional;

import vn.smartcity.ioc.identity.domain.StaffMember;

/** The staff member of the current request, if one is logged in. */
public interface CurrentStaff {

    Optional<StaffMember> get();
}
