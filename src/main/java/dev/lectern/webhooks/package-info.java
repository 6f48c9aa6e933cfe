/** Tells other systems over signed HTTP calls when documents become ready or fail and when reports are generated. */
package dev.lectern.webhooks;
