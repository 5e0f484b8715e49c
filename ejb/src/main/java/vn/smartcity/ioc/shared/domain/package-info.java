/** Domain building blocks shared by the contexts' reference data. */
package vn.smartcity.ioc.shared.domain;
