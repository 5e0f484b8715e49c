/**
 * Context "media" (service 4, press and media monitoring): RSS/Atom sources, articles, topics with
 * Vietnamese diacritics-insensitive matching, sentiment, volume spikes raised as alerts; an article can become
 * an incident. Built with issue #6.
 */
package vn.smartcity.ioc.media;
