/** RFC 9457 problem details for every error of the REST APIs: never a stack trace. */
package vn.smartcity.ioc.web.api.problem;
