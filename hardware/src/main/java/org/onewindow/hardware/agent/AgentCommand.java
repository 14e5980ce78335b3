package org.onewindow.hardware.agent;

/** Placeholder until the agent lands. */
final class AgentCommand {
    private AgentCommand() {
    }

    static int run(String[] args) {
        System.err.println("usage: --hub URL --config FILE [--gpio mock] | printer-sim [--port 9100] [--dir DIR]");
        return 2;
    }
}
