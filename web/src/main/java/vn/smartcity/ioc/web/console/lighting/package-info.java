/** The street-lighting pages of the console (/console/lighting/…): register and state, a day's curve, faults, overrides, imports. */
package vn.smartcity.ioc.web.console.lighting;
