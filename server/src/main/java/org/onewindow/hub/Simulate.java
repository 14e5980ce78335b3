package org.onewindow.hub;

/** The simulate subcommand: runs a workload through the hub's own routing in simulated time. */
final class Simulate {
    private Simulate() {
    }

    static int run(String[] args) {
        System.err.println("simulate: not available in this build");
        return 2;
    }
}
