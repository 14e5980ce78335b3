package org.onewindow.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.onewindow.testing.ApiAssertions.assertError;

import io.vertx.core.buffer.Buffer;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import io.vertx.ext.web.client.HttpResponse;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.onewindow.testing.TestHub;

/** The 好差评 loop over HTTP on a real hub: a bad rating opens a case, steps in order, due dates on the hall calendar. */
class CaseApiTest {
    /** Friday 2026-11-27 10:00 in Shanghai. */
    private static final Instant FRIDAY = Instant.parse("2026-11-27T02:00:00Z");

    @TempDir
    Path dir;

    private TestHub hub;

    @AfterEach
    void stop() {
        if (hub != null) {
            hub.close();
        }
    }

    @Test
    void aBadRatingOpensACaseThatClosesAfterCallbackRectificationAndAnAppeal() {
        hub = TestHub.start(dir);
        String manager = hub.login("m01");
        String clerk = hub.login("s01");
        JsonObject ticket = serveAndRate(clerk, 2);
        serveAndRate(clerk, 4);

        JsonArray cases = ok(hub.get("/api/v1/cases", manager)).getJsonArray("cases");
        assertThat(cases).hasSize(1);
        JsonObject c = cases.getJsonObject(0);
        String id = c.getString("id");
        assertThat(c.getString("ticket")).isEqualTo(ticket.getString("id"));
        assertThat(c.getString("number")).isEqualTo(ticket.getString("number"));
        assertThat(c.getString("counter")).isEqualTo("1");
        assertThat(c.getString("staff")).isEqualTo("s01");
        assertThat(c.getString("service")).isEqualTo("commerce");
        assertThat(c.getInteger("score")).isEqualTo(2);
        assertThat(c.getJsonArray("tags")).containsExactly("slow");
        assertThat(c.getString("comment")).isEqualTo("等太久");
        assertThat(c.getString("callbackDue")).isEqualTo("2026-11-27");
        assertThat(c.getString("rectifyDue")).isEqualTo("2026-12-17");
        assertThat(c.getString("status")).isEqualTo("open");
        assertThat(ok(hub.get("/api/v1/cases", clerk)).getJsonArray("cases")).hasSize(1);
        assertThat(ok(hub.get("/api/v1/cases", hub.login("s02"))).getJsonArray("cases")).isEmpty();

        String at = "/api/v1/cases/" + id;
        JsonObject note = new JsonObject().put("note", "已电话回访");
        assertError(hub.post(at + "/rectify", note, manager), 409, "CALLBACK_FIRST");
        assertError(hub.post(at + "/close", null, manager), 409, "STEPS_MISSING");
        assertError(hub.post(at + "/callback", note, clerk), 403, "FORBIDDEN");
        assertError(hub.post(at + "/appeal", new JsonObject().put("reason", "x"), hub.login("s02")), 403, "NOT_YOUR_CASE");
        assertError(hub.post(at + "/appeal/accept", null, manager), 409, "NO_APPEAL_PENDING");
        assertError(hub.post("/api/v1/cases/nope/callback", note, manager), 404, "UNKNOWN_CASE");

        assertThat(ok(hub.post(at + "/appeal", new JsonObject().put("reason", "访客所需材料不全"), clerk)).getBoolean("appealPending")).isTrue();
        ok(hub.post(at + "/callback", note, manager));
        assertError(hub.post(at + "/callback", note, manager), 409, "STEP_DONE");
        ok(hub.post(at + "/rectify", new JsonObject().put("note", "窗口增加材料清单"), manager));
        assertError(hub.post(at + "/close", null, manager), 409, "APPEAL_PENDING");
        ok(hub.post(at + "/appeal/reject", null, manager));
        JsonObject closed = ok(hub.post(at + "/close", null, manager));

        assertThat(closed.getString("status")).isEqualTo("closed");
        assertThat(closed.getJsonArray("steps").stream().map(s -> ((JsonObject) s).getString("kind")))
                .containsExactly("appeal", "callback", "rectify", "appeal-rejected", "close");
        assertThat(ok(hub.get("/api/v1/cases?status=closed", manager)).getJsonArray("cases")).hasSize(1);
        assertThat(ok(hub.get("/api/v1/cases?status=open", manager)).getJsonArray("cases")).isEmpty();
        assertThat(hub.auditedActors("CASE_OPENED")).hasSize(1);
        assertThat(hub.auditedActors("CASE_APPEAL")).containsExactly("s01");
        assertThat(hub.auditedActors("CASE_CLOSE")).containsExactly("m01");
        assertError(hub.post(at + "/appeal/accept", null, manager), 409, "CASE_CLOSED");
    }

    @Test
    void aCaseRatedOnFridayIsDueMondayAndOverdueOnTuesdayInTheAssessment() {
        hub = TestHub.start(dir);
        hub.clock.set(FRIDAY);
        String manager = hub.login("m01");
        serveAndRate(hub.login("s01"), 1);

        JsonObject c = ok(hub.get("/api/v1/cases", manager)).getJsonArray("cases").getJsonObject(0);
        assertThat(c.getString("callbackDue")).isEqualTo("2026-11-30");
        hub.clock.set(Instant.parse("2026-11-30T15:59:00Z")); // Monday 23:59
        manager = hub.login("m01"); // sessions last hours, not days
        assertThat(ok(hub.get("/api/v1/cases?status=overdue", manager)).getJsonArray("cases")).isEmpty();
        assertThat(overdueCases(manager, "1")).isZero();
        hub.clock.set(Instant.parse("2026-11-30T16:00:00Z")); // Tuesday 00:00
        manager = hub.login("m01");
        assertThat(ok(hub.get("/api/v1/cases?status=overdue", manager)).getJsonArray("cases")).hasSize(1);
        assertThat(overdueCases(manager, "1")).isEqualTo(1);
        assertThat(overdueCases(manager, "2")).isZero();
        assertThat(overdueInDownloads(manager)).containsExactly(1, 1);
    }

    /** Window 1's overdue cases as the assessment's XLSX (cell) and CSV (field) give them, read back. */
    private List<Integer> overdueInDownloads(String manager) {
        HttpResponse<Buffer> xlsx = hub.get("/api/v1/reports/assessment?month=2026-11&format=xlsx&lang=en", manager);
        int fromXlsx;
        try (Workbook book = new XSSFWorkbook(new ByteArrayInputStream(xlsx.body().getBytes()))) {
            Sheet ranking = book.getSheet("Window assessment");
            int column = columnOf(ranking.getRow(0), "Overdue cases");
            Row window1 = null;
            for (Row row : ranking) {
                if (row.getRowNum() > 0 && row.getCell(1).getStringCellValue().equals("Window 1")) {
                    window1 = row;
                }
            }
            assertThat(window1).as("window 1's row").isNotNull();
            fromXlsx = (int) window1.getCell(column).getNumericCellValue();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        String csv = hub.get("/api/v1/reports/assessment?month=2026-11&format=csv&lang=en", manager).bodyAsString();
        List<String> lines = csv.lines().toList();
        int header = 0;
        while (!lines.get(header).contains("Overdue cases")) {
            header++;
        }
        int field = List.of(lines.get(header).split(",")).indexOf("Overdue cases");
        String window1Line = lines.stream().skip(header + 1).filter(l -> l.split(",")[1].equals("Window 1"))
                .findFirst().orElseThrow();
        return List.of(fromXlsx, Integer.parseInt(window1Line.split(",")[field]));
    }

    private static int columnOf(Row header, String title) {
        for (Cell cell : header) {
            if (cell.getStringCellValue().equals(title)) {
                return cell.getColumnIndex();
            }
        }
        throw new AssertionError("no column " + title);
    }

    @Test
    void dueDatesFollowTheHallCalendarsHolidaysAndMakeUpSaturdays() {
        hub = TestHub.start(dir, TestHub.morningClock(), TestHub.hallYaml()
                + "calendar:\n  holidays: [2026-11-27]\n  workdays: [2026-11-28]\n");
        serveAndRate(hub.login("s01"), 2); // Thursday; Friday is a holiday, Saturday a make-up working day

        JsonObject c = ok(hub.get("/api/v1/cases", hub.login("m01"))).getJsonArray("cases").getJsonObject(0);
        assertThat(c.getString("callbackDue")).isEqualTo("2026-11-28");
        assertThat(c.getString("rectifyDue")).isEqualTo("2026-12-17");
    }

    @Test
    void theManagerListsRatingsWithTagsAndCommentsByWindowAndLevel() {
        hub = TestHub.start(dir);
        String clerk = hub.login("s01");
        serveAndRate(clerk, 2);
        serveAndRate(clerk, 5);
        String manager = hub.login("m01");

        JsonArray all = ok(hub.get("/api/v1/ratings?from=2026-11-26&to=2026-11-26", manager)).getJsonArray("ratings");
        assertThat(all).hasSize(2);
        JsonArray bad = ok(hub.get("/api/v1/ratings?from=2026-11-26&to=2026-11-26&counter=1&score=2", manager)).getJsonArray("ratings");
        assertThat(bad).hasSize(1);
        assertThat(bad.getJsonObject(0).getJsonArray("tags")).containsExactly("slow");
        assertThat(bad.getJsonObject(0).getString("comment")).isEqualTo("等太久");
        assertThat(ok(hub.get("/api/v1/ratings?from=2026-11-26&to=2026-11-26&counter=2", manager)).getJsonArray("ratings")).isEmpty();
        assertError(hub.get("/api/v1/ratings?from=2026-11-26&to=2026-11-26", clerk), 403, "FORBIDDEN");
        assertError(hub.get("/api/v1/ratings?from=2026-11-26&to=2026-11-26&score=9", manager), 400, "BAD_REQUEST");
    }

    private int overdueCases(String manager, String counter) {
        JsonArray windows = ok(hub.get("/api/v1/reports/assessment?month=2026-11", manager)).getJsonArray("windows");
        return windows.stream().map(JsonObject.class::cast).filter(w -> counter.equals(w.getString("counter")))
                .findFirst().orElseThrow().getInteger("overdueCases");
    }

    /** Window 1 serves a new commerce ticket start to finish, then its visitor rates it with their key. */
    private JsonObject serveAndRate(String clerk, int score) {
        JsonObject ticket = hub.issue("commerce");
        hub.post("/api/v1/counters/1/open", null, clerk);
        ok(hub.post("/api/v1/counters/1/call", null, clerk));
        ok(hub.post("/api/v1/counters/1/complete", null, clerk));
        HttpResponse<Buffer> rated = hub.post("/api/v1/tickets/" + ticket.getString("id") + "/rating", new JsonObject()
                .put("key", ticket.getString("key")).put("score", score).put("tags", new JsonArray().add("slow")).put("comment", "等太久"));
        assertThat(rated.statusCode()).as(rated.bodyAsString()).isEqualTo(201);
        return ticket;
    }

    private static JsonObject ok(HttpResponse<Buffer> response) {
        assertThat(response.statusCode()).as(response.bodyAsString()).isEqualTo(200);
        return response.bodyAsJsonObject();
    }
}
