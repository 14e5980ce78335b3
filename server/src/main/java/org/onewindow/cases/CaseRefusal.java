package org.onewindow.cases;

/** Why a step on a case was refused; the API sends the name as the error code. */
public enum CaseRefusal {
    /** No such case (404). */
    UNKNOWN_CASE,
    /** The case is closed; nothing more happens to it (409). */
    CASE_CLOSED,
    /** This step is already recorded (409). */
    STEP_DONE,
    /** The rectification comes after the callback (409). */
    CALLBACK_FIRST,
    /** Closing needs the callback and the rectification (409). */
    STEPS_MISSING,
    /** A manager decides the appeal before the case closes (409). */
    APPEAL_PENDING,
    /** Accept or reject needs an appeal waiting for a decision (409). */
    NO_APPEAL_PENDING,
    /** Only the clerk named on the case appeals it (403). */
    NOT_YOUR_CASE
}
