package org.onewindow.cases;

import java.time.Instant;
import java.util.Locale;

/**
 * One recorded step of a 差评 case, as the event log audits it.
 *
 * @param note the manager's note (callback, rectification) or the clerk's reason (appeal); null for the others
 */
public record CaseStep(Kind kind, Instant at, String actor, String note) {
    public enum Kind {
        /** The manager called the visitor back (回访). */
        CALLBACK,
        /** The manager recorded what the window changed (整改). */
        RECTIFY,
        CLOSE,
        /** The window's clerk disputes the rating (申诉). */
        APPEAL,
        /** The manager upheld the appeal: the rating is not the window's fault and the case closes. */
        APPEAL_ACCEPTED,
        APPEAL_REJECTED;

        /** As the API and the console name it: callback, rectify, close, appeal, appeal-accepted, appeal-rejected. */
        public String wire() {
            return name().toLowerCase(Locale.ROOT).replace('_', '-');
        }

        /** The event log's kind for this step, e.g. CASE_CALLBACK. */
        public String logKind() {
            return "CASE_" + name();
        }
    }
}
