/** Groups documents into workspaces: the unit of sharing, search scope and, later, access control. */
package dev.lectern.workspaces;
