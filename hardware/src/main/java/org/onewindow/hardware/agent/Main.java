package org.onewindow.hardware.agent;

import org.onewindow.hardware.sim.PrinterSimCommand;

/**
 * {@code java -jar onewindow-agent.jar --hub URL --config FILE [--gpio mock]} runs the device agent;
 * {@code java -jar onewindow-agent.jar printer-sim [--port 9100] [--dir DIR]} runs the printer simulator.
 */
public final class Main {
    private Main() {
    }

    public static void main(String[] args) throws Exception {
        if (args.length > 0 && args[0].equals("printer-sim")) {
            System.exit(PrinterSimCommand.run(java.util.Arrays.copyOfRange(args, 1, args.length)));
        }
        System.exit(AgentCommand.run(args));
    }
}
