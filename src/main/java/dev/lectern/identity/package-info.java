/** Who is calling and what they may do: local users, sessions, API keys and the access rules of every endpoint. */
package dev.lectern.identity;
