/** Application-layer helpers shared by the contexts (caching of public, read-mostly answers). */
package vn.smartcity.ioc.shared.application;
