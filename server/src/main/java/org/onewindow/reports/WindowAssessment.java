package org.onewindow.reports;

import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

/**
 * The monthly window assessment (月度窗口考评): windows ranked by items served, those below the hall's
 * threshold flagged, and how concentrated the work was — "the top 3 departments handled X% of items",
 * the source report's figures 1 and 2 made by the system.
 *
 * @param topDepartments   the (at most) three departments that served most, most first; services with no
 *                         department in the hall file are no department and never among them
 * @param topShare         their share of the month's served items, 0–1; null when nothing was served
 * @param overdueCases     counter id → the month's 差评 cases that ran late (absent: none)
 */
public record WindowAssessment(YearMonth month, int minItems, List<Rank> windows, List<PeriodLine> topDepartments,
                               Double topShare, PeriodReport report, Map<String, Integer> overdueCases) {
    public static final int TOP = 3;

    /** One window's place: rank 1 served most; equal counts share a rank (1, 2, 2, 4). */
    public record Rank(int rank, PeriodLine line, boolean flagged) {
    }

    public WindowAssessment {
        windows = List.copyOf(windows);
        topDepartments = List.copyOf(topDepartments);
        overdueCases = Map.copyOf(overdueCases);
    }

    public WindowAssessment withOverdueCases(Map<String, Integer> perWindow) {
        return new WindowAssessment(month, minItems, windows, topDepartments, topShare, report, perWindow);
    }

    public int overdueCases(String counter) {
        return overdueCases.getOrDefault(counter, 0);
    }

    public static WindowAssessment of(YearMonth month, PeriodReport report, int minItems) {
        List<PeriodLine> byServed = new ArrayList<>(report.windows());
        byServed.sort(Comparator.comparingInt(PeriodLine::served).reversed()); // stable: hall-file order breaks ties
        List<Rank> ranks = new ArrayList<>();
        for (int i = 0; i < byServed.size(); i++) {
            PeriodLine line = byServed.get(i);
            int rank = i > 0 && byServed.get(i - 1).served() == line.served() ? ranks.get(i - 1).rank() : i + 1;
            ranks.add(new Rank(rank, line, line.served() < minItems));
        }
        List<PeriodLine> departments = report.departments().stream()
                .filter(d -> d.served() > 0 && !PeriodReport.NO_DEPARTMENT.equals(d.id())) // unassigned is no department
                .sorted(Comparator.comparingInt(PeriodLine::served).reversed()).limit(TOP).toList();
        int top = departments.stream().mapToInt(PeriodLine::served).sum();
        return new WindowAssessment(month, minItems, ranks, departments,
                PeriodLine.fraction(top, report.total().served()), report, Map.of());
    }

    public List<Rank> flagged() {
        return windows.stream().filter(Rank::flagged).toList();
    }
}
