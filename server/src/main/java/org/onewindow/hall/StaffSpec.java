package org.onewindow.hall;

/** A person who may log in at a counter or the manager console; passwordHash comes from hash-password. */
public record StaffSpec(String id, String name, Role role, String passwordHash) {
}
