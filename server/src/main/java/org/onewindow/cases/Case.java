package org.onewindow.cases;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.onewindow.cases.CaseStep.Kind;

/**
 * A 差评 case: what a rating of 1 or 2 opens, and the follow-up the 好差评 rules ask of the hall — call
 * the visitor back within one working day, rectify within fifteen, then close. The window's clerk may
 * appeal once; a manager accepts the appeal (the case closes: the rating is not held against the window)
 * or rejects it (the case goes on). Each decision method returns the step to record, or refuses; it
 * changes nothing, like the Hall's commands.
 *
 * @param staff       the clerk who served the visitor, or null when nobody is known
 * @param callbackDue the last hall date on which the callback is on time
 * @param rectifyDue  the last hall date on which the rectification is on time
 */
public record Case(String id, String ticket, String number, String counter, String staff, String service, int score,
                   List<String> tags, String comment, Instant openedAt, LocalDate callbackDue, LocalDate rectifyDue,
                   List<CaseStep> steps) {
    public static final int CALLBACK_WORKING_DAYS = 1;
    public static final int RECTIFY_WORKING_DAYS = 15;

    public Case {
        tags = List.copyOf(tags);
        steps = List.copyOf(steps);
    }

    public Case with(CaseStep step) {
        List<CaseStep> more = new ArrayList<>(steps);
        more.add(step);
        return new Case(id, ticket, number, counter, staff, service, score, tags, comment, openedAt, callbackDue,
                rectifyDue, more);
    }

    public Optional<CaseStep> step(Kind kind) {
        return steps.stream().filter(s -> s.kind() == kind).reduce((first, last) -> last);
    }

    public boolean has(Kind kind) {
        return step(kind).isPresent();
    }

    public boolean isClosed() {
        return has(Kind.CLOSE) || has(Kind.APPEAL_ACCEPTED);
    }

    /** An appeal made and not yet decided. */
    public boolean appealPending() {
        return has(Kind.APPEAL) && !has(Kind.APPEAL_ACCEPTED) && !has(Kind.APPEAL_REJECTED);
    }

    /** Closed; else overdue once a due date has passed without its step; else open. */
    public CaseStatus status(Instant now, ZoneId zone) {
        if (isClosed()) {
            return CaseStatus.CLOSED;
        }
        LocalDate today = LocalDate.ofInstant(now, zone);
        boolean late = (!has(Kind.CALLBACK) && today.isAfter(callbackDue)) || (!has(Kind.RECTIFY) && today.isAfter(rectifyDue));
        return late ? CaseStatus.OVERDUE : CaseStatus.OPEN;
    }

    /**
     * Whether the case ever ran late: a step recorded after its due date, or still missing past it. For
     * the monthly assessment, which remembers a late callback after it was made. A case closed by an
     * upheld appeal never counts: the rating was not the window's doing.
     */
    public boolean ranLate(Instant now, ZoneId zone) {
        if (has(Kind.APPEAL_ACCEPTED)) {
            return false;
        }
        return late(Kind.CALLBACK, callbackDue, now, zone) || late(Kind.RECTIFY, rectifyDue, now, zone);
    }

    private boolean late(Kind kind, LocalDate due, Instant now, ZoneId zone) {
        Instant when = step(kind).map(CaseStep::at).orElse(has(Kind.CLOSE) ? null : now);
        return when != null && LocalDate.ofInstant(when, zone).isAfter(due);
    }

    // ---- decisions: the step to record, or a CaseException

    public CaseStep callback(String manager, String note, Instant now) {
        notClosed();
        notYet(Kind.CALLBACK, "the callback");
        return new CaseStep(Kind.CALLBACK, now, manager, note);
    }

    public CaseStep rectify(String manager, String note, Instant now) {
        notClosed();
        notYet(Kind.RECTIFY, "the rectification");
        if (!has(Kind.CALLBACK)) {
            throw new CaseException(CaseRefusal.CALLBACK_FIRST, "case " + id + ": call the visitor back before recording the rectification");
        }
        return new CaseStep(Kind.RECTIFY, now, manager, note);
    }

    public CaseStep close(String manager, Instant now) {
        notClosed();
        if (appealPending()) {
            throw new CaseException(CaseRefusal.APPEAL_PENDING, "case " + id + ": accept or reject the clerk's appeal first");
        }
        if (!has(Kind.CALLBACK) || !has(Kind.RECTIFY)) {
            throw new CaseException(CaseRefusal.STEPS_MISSING, "case " + id + " closes after the callback and the rectification");
        }
        return new CaseStep(Kind.CLOSE, now, manager, null);
    }

    /** Only the clerk named on the case, once. */
    public CaseStep appeal(String clerk, String reason, Instant now) {
        notClosed();
        if (staff == null || !staff.equals(clerk)) {
            throw new CaseException(CaseRefusal.NOT_YOUR_CASE, "case " + id + " may be appealed only by the clerk who served the visitor");
        }
        notYet(Kind.APPEAL, "an appeal");
        return new CaseStep(Kind.APPEAL, now, clerk, reason);
    }

    public CaseStep decideAppeal(boolean accept, String manager, Instant now) {
        notClosed();
        if (!appealPending()) {
            throw new CaseException(CaseRefusal.NO_APPEAL_PENDING, "case " + id + " has no appeal waiting for a decision");
        }
        return new CaseStep(accept ? Kind.APPEAL_ACCEPTED : Kind.APPEAL_REJECTED, now, manager, null);
    }

    private void notClosed() {
        if (isClosed()) {
            throw new CaseException(CaseRefusal.CASE_CLOSED, "case " + id + " is closed");
        }
    }

    private void notYet(Kind kind, String what) {
        if (has(kind)) {
            throw new CaseException(CaseRefusal.STEP_DONE, "case " + id + " already has " + what);
        }
    }
}
