package org.onewindow.cases;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.ThrowingConsumer;
import org.onewindow.tickets.Rating;

class CaseTest {
    private static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");
    /** Thursday 2026-11-26 10:00 in Shanghai. */
    private static final Instant THURSDAY = Instant.parse("2026-11-26T02:00:00Z");

    private static Case opened(int score) {
        Rating rating = new Rating("t1", "commerce", "1", score, List.of("slow"), "等太久", THURSDAY);
        return CaseOpening.of(rating, "A001", "s01", WorkingCalendar.WEEKDAYS, SHANGHAI).orElseThrow();
    }

    @Test
    void onlyTheTwoWorstScoresOpenACase() {
        for (int score = 1; score <= 5; score++) {
            Rating rating = new Rating("t1", "commerce", "1", score, List.of(), null, THURSDAY);
            assertThat(CaseOpening.of(rating, "A001", "s01", WorkingCalendar.WEEKDAYS, SHANGHAI).isPresent())
                    .as("score %d", score).isEqualTo(score <= 2);
        }
    }

    @Test
    void openedWithDueDatesOfOneAndFifteenWorkingDays() {
        Case c = opened(1);
        assertThat(c.staff()).isEqualTo("s01");
        assertThat(c.callbackDue()).hasToString("2026-11-27");
        assertThat(c.rectifyDue()).hasToString("2026-12-17");
        assertThat(c.status(THURSDAY, SHANGHAI)).isEqualTo(CaseStatus.OPEN);
    }

    @Test
    void overdueOnceADueDatePassesWithoutItsStep() {
        Case c = opened(2);
        Instant fridayLate = Instant.parse("2026-11-27T15:59:00Z"); // 23:59 Friday in Shanghai
        Instant saturday = Instant.parse("2026-11-27T16:00:00Z");
        assertThat(c.status(fridayLate, SHANGHAI)).isEqualTo(CaseStatus.OPEN);
        assertThat(c.status(saturday, SHANGHAI)).isEqualTo(CaseStatus.OVERDUE);
        assertThat(c.ranLate(saturday, SHANGHAI)).isTrue();

        Case calledBack = c.with(c.callback("m01", "已致电", saturday));
        assertThat(calledBack.status(saturday, SHANGHAI)).isEqualTo(CaseStatus.OPEN);
        assertThat(calledBack.ranLate(saturday, SHANGHAI)).as("the callback was late").isTrue();
        assertThat(calledBack.status(Instant.parse("2026-12-17T16:00:00Z"), SHANGHAI)).isEqualTo(CaseStatus.OVERDUE);
    }

    @Test
    void closesOnlyAfterTheCallbackAndTheRectification() {
        Case c = opened(1);
        refused(c, x -> x.rectify("m01", "培训", THURSDAY), CaseRefusal.CALLBACK_FIRST);
        refused(c, x -> x.close("m01", THURSDAY), CaseRefusal.STEPS_MISSING);
        c = c.with(c.callback("m01", "已致电", THURSDAY));
        refused(c, x -> x.callback("m01", "again", THURSDAY), CaseRefusal.STEP_DONE);
        refused(c, x -> x.close("m01", THURSDAY), CaseRefusal.STEPS_MISSING);
        c = c.with(c.rectify("m01", "培训", THURSDAY));
        c = c.with(c.close("m01", THURSDAY));
        assertThat(c.status(THURSDAY.plus(Duration.ofDays(60)), SHANGHAI)).isEqualTo(CaseStatus.CLOSED);
        assertThat(c.ranLate(THURSDAY.plus(Duration.ofDays(60)), SHANGHAI)).isFalse();
        refused(c, x -> x.appeal("s01", "late", THURSDAY), CaseRefusal.CASE_CLOSED);
    }

    @Test
    void onlyTheCaseClerkAppealsOnceAndAManagerDecides() {
        Case c = opened(1);
        refused(c, x -> x.appeal("s02", "not me", THURSDAY), CaseRefusal.NOT_YOUR_CASE);
        refused(c, x -> x.decideAppeal(true, "m01", THURSDAY), CaseRefusal.NO_APPEAL_PENDING);
        c = c.with(c.appeal("s01", "访客要求办理不符合条件的业务", THURSDAY));
        refused(c, x -> x.appeal("s01", "again", THURSDAY), CaseRefusal.STEP_DONE);
        Case rejected = c.with(c.decideAppeal(false, "m01", THURSDAY));
        assertThat(rejected.status(THURSDAY, SHANGHAI)).isEqualTo(CaseStatus.OPEN);
        refused(rejected, x -> x.decideAppeal(true, "m01", THURSDAY), CaseRefusal.NO_APPEAL_PENDING);

        Case accepted = c.with(c.decideAppeal(true, "m01", THURSDAY));
        Instant muchLater = THURSDAY.plus(Duration.ofDays(60));
        assertThat(accepted.status(muchLater, SHANGHAI)).isEqualTo(CaseStatus.CLOSED);
        assertThat(accepted.ranLate(muchLater, SHANGHAI)).as("an upheld appeal is not held against the window").isFalse();
    }

    @Test
    void aPendingAppealHoldsTheClose() {
        Case c = opened(1);
        c = c.with(c.callback("m01", "已致电", THURSDAY));
        c = c.with(c.rectify("m01", "培训", THURSDAY));
        c = c.with(c.appeal("s01", "reason", THURSDAY));
        refused(c, x -> x.close("m01", THURSDAY), CaseRefusal.APPEAL_PENDING);
    }

    private static void refused(Case c, ThrowingConsumer<Case> step, CaseRefusal refusal) {
        assertThatThrownBy(() -> step.accept(c)).isInstanceOfSatisfying(CaseException.class,
                e -> assertThat(e.refusal()).isEqualTo(refusal));
    }
}
