/** Makes uploads and generation requests safe to retry: a repeated Idempotency-Key gets the first response back. */
package dev.lectern.idempotency;
