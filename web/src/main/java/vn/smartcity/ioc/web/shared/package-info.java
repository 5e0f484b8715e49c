/** Beans both templates use: the language of the page and the logged-in staff member. */
package vn.smartcity.ioc.web.shared;
