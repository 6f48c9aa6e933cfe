/** Groups documents into workspaces: the unit of sharing, search scope and access control (members and roles). */
package dev.lectern.workspaces;
