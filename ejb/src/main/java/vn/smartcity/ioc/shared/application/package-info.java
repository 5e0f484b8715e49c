/** Application-layer helpers shared by the contexts: caching of public, read-mostly answers, work after a commit, keyed refusals. */
package vn.smartcity.ioc.shared.application;
