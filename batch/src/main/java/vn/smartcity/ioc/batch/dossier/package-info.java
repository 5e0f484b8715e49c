/**
 * The dossier-import job (issue #22): dossier events of the one-stop-shop system from a CSV or JSON-lines file of
 * the import folder into the dossiers' timelines, chunked, skipping bad events with their reasons, restartable
 * from its checkpoint and idempotent on the event ids (docs/dossiers.md).
 */
package vn.smartcity.ioc.batch.dossier;
