package org.onewindow.simulation;

import java.io.PrintStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.onewindow.hall.ConfigException;
import org.onewindow.hall.RoutingSettings;
import org.onewindow.routing.Policies;
import org.onewindow.routing.Rebalancer;
import org.onewindow.routing.RoutingPolicy;

/**
 * {@code simulate --workload FILE [--policy NAME|all|A,B] [--seed N] [--days N]}: runs the workload
 * through the hub's routing and estimation code and prints, per policy, a table, and last the JSON
 * line of CONTRACT section 5 (for the hub's default policy when it is among those run).
 */
public final class SimulateCommand {
    public static final String USAGE = "usage: simulate --workload FILE [--policy NAME|all|NAME,NAME] [--seed N] [--days N] [--auto]"
            + " (policies: " + String.join(", ", Policies.names()) + "; default " + Policies.DEFAULT + ")";
    /** Exit status for a bad workload or bad arguments. */
    public static final int BAD_INPUT = 2;

    private SimulateCommand() {
    }

    /** For running the simulator without the hub's Main (which dispatches "simulate" to {@link #run}). */
    public static void main(String[] args) {
        System.exit(run(args, System.out, System.err));
    }

    public static int run(String[] args, PrintStream out, PrintStream err) {
        String file = null;
        String policyArg = Policies.DEFAULT;
        Long seed = null;
        Integer days = null;
        boolean auto = false;
        try {
            for (int i = 0; i < args.length; i++) {
                String value = i + 1 < args.length ? args[i + 1] : null;
                if (args[i].equals("--auto")) {
                    auto = true;
                    continue;
                }
                switch (args[i]) {
                    case "--workload" -> file = required(args[i], value);
                    case "--policy" -> policyArg = required(args[i], value);
                    case "--seed" -> seed = whole(args[i], value);
                    case "--days" -> days = (int) whole(args[i], value);
                    default -> throw new IllegalArgumentException("unknown option '" + args[i] + "'");
                }
                i++;
            }
            if (file == null) {
                throw new IllegalArgumentException("--workload is required");
            }
            if (days != null && days < 1) {
                throw new IllegalArgumentException("--days must be at least 1");
            }
        } catch (IllegalArgumentException e) {
            err.println("simulate: " + e.getMessage());
            err.println(USAGE);
            return BAD_INPUT;
        }
        Workload workload;
        List<String> names;
        try {
            workload = WorkloadFile.load(Path.of(file));
            names = policyNames(policyArg);
        } catch (ConfigException e) {
            err.println(e.getMessage());
            return BAD_INPUT;
        } catch (IllegalArgumentException e) {
            err.println("simulate: " + e.getMessage());
            return BAD_INPUT;
        }
        workload = seed == null ? workload : workload.withSeed(seed);
        workload = days == null ? workload : workload.withDays(days);
        simulate(workload, names, auto, out, err);
        return 0;
    }

    /** Runs the named policies on one draw of visitors; prints tables, then the JSON line. */
    public static List<RunResult> simulate(Workload workload, List<String> names, PrintStream out, PrintStream err) {
        return simulate(workload, names, false, out, err);
    }

    /**
     * As above; with {@code auto}, each policy runs a second time with the advisor advisor in
     * auto mode (the workload's {@code routing.advisor} limits), so its benefit shows side by side.
     */
    public static List<RunResult> simulate(Workload workload, List<String> names, boolean auto, PrintStream out,
                                           PrintStream err) {
        Timeline timeline = Timeline.of(workload);
        Visitors visitors = Visitors.draw(workload, timeline);
        err.printf("simulating %s: %d days, seed %d, %d visitors%n", workload.name(), workload.days(), workload.seed(),
                visitors.arrived().size());
        RunResult pooled = new PooledTwin(workload, timeline, visitors).run();
        Simulator simulator = new Simulator(workload, timeline, visitors, Simulator.Observer.NONE);
        ResultTable table = new ResultTable(workload, pooled, visitors.dropped());
        List<RunResult> runs = new ArrayList<>();
        for (String name : names) {
            RoutingPolicy policy = Policies.byName(name, workload.backupSlowdown());
            RunResult run = simulator.run(policy, Policies.estimatorFor(policy, workload.hall()), err);
            table.print(run, out);
            runs.add(run);
            if (auto) {
                RoutingSettings routing = new RoutingSettings(name, workload.backupSlowdown(),
                        workload.hall().routing().advisor().withAuto(true));
                RoutingPolicy again = Policies.byName(name, workload.backupSlowdown());
                RunResult withAdvisor = simulator.run(again, Policies.estimatorFor(again, workload.hall()), err, Map.of(),
                        new AutoAdvisor(routing, new Rebalancer(routing.advisor())));
                table.print(withAdvisor, out);
                runs.add(withAdvisor);
            }
        }
        if (runs.size() > 1) {
            table.printSummary(runs, out);
        }
        RunResult last = runs.stream().filter(r -> r.policy().equals(Policies.DEFAULT)).findFirst().orElse(runs.get(0));
        out.println(table.json(last));
        return runs;
    }

    static List<String> policyNames(String arg) {
        List<String> names = "all".equals(arg) ? Policies.names() : List.of(arg.split(","));
        for (String name : names) {
            if (!Policies.names().contains(name.strip())) {
                throw new IllegalArgumentException("no routing policy '" + name + "' (" + String.join(", ", Policies.names()) + ")");
            }
        }
        return names.stream().map(String::strip).toList();
    }

    private static long whole(String option, String value) {
        try {
            return Long.parseLong(required(option, value));
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(option + " needs a whole number, not '" + value + "'");
        }
    }

    private static String required(String option, String value) {
        if (value == null || value.startsWith("--")) {
            throw new IllegalArgumentException(option + " needs a value");
        }
        return value;
    }
}
