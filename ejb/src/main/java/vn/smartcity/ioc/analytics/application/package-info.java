/** Figures for the operator console's dashboard. */
package vn.smartcity.ioc.analytics.application;
