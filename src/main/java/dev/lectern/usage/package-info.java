/** Counts what the API serves: requests, errors, tokens and latency per user, workspace, key and day. */
package dev.lectern.usage;
