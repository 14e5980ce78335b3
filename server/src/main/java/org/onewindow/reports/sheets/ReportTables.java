package org.onewindow.reports.sheets;

import java.util.ArrayList;
import java.util.List;
import org.onewindow.hall.LocalText;
import org.onewindow.reports.HourLine;
import org.onewindow.reports.PeriodLine;
import org.onewindow.reports.PeriodReport;
import org.onewindow.reports.WindowAssessment;
import org.onewindow.reports.sheets.Table.Kind;

/** The period report and the window assessment as tables for downloads, in the manager's language. */
public final class ReportTables {
    private final boolean zh;

    private ReportTables(boolean zh) {
        this.zh = zh;
    }

    /** @param language "zh" or "en"; anything else reads as zh, the hall's language */
    public static ReportTables in(String language) {
        return new ReportTables(!"en".equals(language));
    }

    private String t(String zhText, String enText) {
        return zh ? zhText : enText;
    }

    private String name(LocalText text) {
        return text == null ? "" : zh ? text.zh() : text.en();
    }

    public List<Table> windows(LocalText hall, PeriodReport report) {
        List<Table> tables = new ArrayList<>();
        tables.add(about(hall, report, null));
        tables.add(lines(t("窗口", "Windows"), t("窗口", "Window"), report.windows(), true, report.total()));
        tables.add(lines(t("事项", "Services"), t("事项", "Service"), report.services(), false, null));
        tables.add(lines(t("部门", "Departments"), t("部门", "Department"), report.departments(), false, null));
        Table.Builder hours = new Table.Builder(t("时段", "Hours")).column(t("时段", "Hour"), Kind.TEXT)
                .column(t("取号人数", "Arrivals"), Kind.COUNT).column(t("平均等候（分钟）", "Mean wait (min)"), Kind.MINUTES);
        for (HourLine h : report.hours()) {
            hours.row(String.format("%02d:00–%02d:00", h.hour(), (h.hour() + 1) % 24), h.arrivals(), h.meanWaitMinutes());
        }
        tables.add(hours.build());
        return tables;
    }

    public List<Table> assessment(LocalText hall, WindowAssessment assessment) {
        PeriodReport report = assessment.report();
        List<Table> tables = new ArrayList<>();
        tables.add(about(hall, report, assessment));
        Table.Builder ranking = new Table.Builder(t("窗口考评", "Window assessment"))
                .column(t("名次", "Rank"), Kind.COUNT).column(t("窗口", "Window"), Kind.TEXT)
                .column(t("办件量", "Served"), Kind.COUNT).column(t("占比", "Share"), Kind.FRACTION)
                .column(t("平均等候（分钟）", "Mean wait (min)"), Kind.MINUTES)
                .column(t("过号率", "No-show rate"), Kind.FRACTION).column(t("利用率", "Utilisation"), Kind.FRACTION)
                .column(t("差评数（1–2分）", "Bad ratings (1–2)"), Kind.COUNT).column(t("参评率", "Rating rate"), Kind.FRACTION)
                .column(t("超期差评工单", "Overdue cases"), Kind.COUNT)
                .column(t("低于考评线", "Below threshold"), Kind.TEXT);
        for (WindowAssessment.Rank rank : assessment.windows()) {
            PeriodLine l = rank.line();
            ranking.row(rank.rank(), name(l.name()), l.served(), l.share(), l.meanWaitMinutes(), l.noShowRate(), l.utilisation(),
                    l.ratings().get(1) + l.ratings().get(2), l.participation(), assessment.overdueCases(l.id()),
                    rank.flagged() ? t("是（少于" + assessment.minItems() + "件）", "yes (under " + assessment.minItems() + ")") : t("否", "no"));
        }
        tables.add(ranking.build());
        Table.Builder concentration = new Table.Builder(t("部门集中度", "Concentration"))
                .column(t("部门", "Department"), Kind.TEXT).column(t("办件量", "Served"), Kind.COUNT)
                .column(t("占全厅", "Share of hall"), Kind.FRACTION);
        assessment.topDepartments().forEach(d -> concentration.row(name(d.name()), d.served(), d.share()));
        concentration.row(t("前" + WindowAssessment.TOP + "个部门合计", "Top " + WindowAssessment.TOP + " departments"),
                assessment.topDepartments().stream().mapToInt(PeriodLine::served).sum(), assessment.topShare());
        tables.add(concentration.build());
        return tables;
    }

    private Table about(LocalText hall, PeriodReport report, WindowAssessment assessment) {
        Table.Builder about = new Table.Builder(t("说明", "About")).column(t("项目", "Item"), Kind.TEXT).column(t("内容", "Value"), Kind.TEXT);
        about.row(t("大厅", "Hall"), name(hall));
        about.row(t("报表", "Report"), assessment != null ? t("月度窗口考评", "Monthly window assessment") : t("窗口工作量", "Window workload"));
        about.row(t("起始日", "From"), report.period().from().toString());
        about.row(t("截止日", "To"), report.period().to().toString());
        if (assessment != null) {
            about.row(t("考评线（件/月）", "Threshold (items a month)"), Integer.toString(assessment.minItems()));
        }
        if (report.empty()) {
            about.row(t("提示", "Note"), t("本期无数据", "No data for this period"));
        }
        if (!report.openTimesKnown()) {
            about.row(t("提示", "Note"), t("本期部分事件日志已归档，开放时长与利用率不可用",
                    "Part of this period's event log is archived: open time and utilisation are not available"));
        }
        return about.build();
    }

    private Table lines(String title, String what, List<PeriodLine> lines, boolean windows, PeriodLine total) {
        Table.Builder b = new Table.Builder(title).column(what, Kind.TEXT)
                .column(t("办件量", "Served"), Kind.COUNT).column(t("占比", "Share"), Kind.FRACTION)
                .column(t("叫号数", "Called"), Kind.COUNT).column(t("过号数", "No-shows"), Kind.COUNT)
                .column(t("过号率", "No-show rate"), Kind.FRACTION)
                .column(t("平均等候（分钟）", "Mean wait (min)"), Kind.MINUTES)
                .column(t("90%等候（分钟）", "90th pct wait (min)"), Kind.MINUTES)
                .column(t("平均办理（分钟）", "Mean service (min)"), Kind.MINUTES);
        if (windows) {
            b.column(t("开放时长（分钟）", "Open (min)"), Kind.MINUTES).column(t("办理时长（分钟）", "Serving (min)"), Kind.MINUTES)
                    .column(t("利用率", "Utilisation"), Kind.FRACTION);
        }
        b.column(t("非常不满意", "Very dissatisfied (1)"), Kind.COUNT).column(t("不满意", "Dissatisfied (2)"), Kind.COUNT)
                .column(t("基本满意", "Fair (3)"), Kind.COUNT).column(t("满意", "Satisfied (4)"), Kind.COUNT)
                .column(t("非常满意", "Very satisfied (5)"), Kind.COUNT).column(t("评价数", "Ratings"), Kind.COUNT)
                .column(t("参评率", "Rating rate"), Kind.FRACTION);
        List<PeriodLine> all = new ArrayList<>(lines);
        if (total != null) {
            all.add(total);
        }
        for (PeriodLine l : all) {
            List<Object> row = new ArrayList<>(List.of(name(l.name())));
            row.add(l.served());
            row.add(l.share());
            row.add(l.called());
            row.add(l.noShows());
            row.add(l.noShowRate());
            row.add(l.meanWaitMinutes());
            row.add(l.p90WaitMinutes());
            row.add(l.meanServiceMinutes());
            if (windows) {
                row.add(l.openMinutes());
                row.add(l.servingMinutes());
                row.add(l.utilisation());
            }
            for (int score = 1; score <= 5; score++) {
                row.add(l.ratings().get(score));
            }
            row.add(l.ratingCount());
            row.add(l.participation());
            b.row(row.toArray());
        }
        return b.build();
    }
}
