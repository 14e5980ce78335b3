package org.onewindow.staff;

import java.time.Instant;
import org.onewindow.hall.Role;

/** A logged-in staff member: the bearer token, who, what they may do, until when. */
public record Session(String token, String staff, Role role, Instant expiresAt) {
}
