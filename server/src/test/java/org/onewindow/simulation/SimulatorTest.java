package org.onewindow.simulation;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.onewindow.routing.BalancedPolicy;
import org.onewindow.routing.FifoPolicy;
import org.onewindow.routing.QueueLengthEstimator;
import org.onewindow.routing.RoutingPolicy;
import org.onewindow.tickets.Counter;
import org.onewindow.tickets.HallEvent;
import org.onewindow.tickets.Ticket;

class SimulatorTest {
    private static String simulate(Workload workload) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        SimulateCommand.simulate(workload, List.of("fifo", "balanced"), new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8));
        return out.toString(StandardCharsets.UTF_8);
    }

    @Test
    void sameSeedGivesTheSameOutputToTheCharacter() {
        Workload workload = Workloads.district().withDays(4);
        String first = simulate(workload);
        assertThat(simulate(workload)).isEqualTo(first);
        assertThat(simulate(workload.withSeed(8))).isNotEqualTo(first);
    }

    @Test
    void lastLineIsTheContractJsonOfTheDefaultPolicy() {
        String output = simulate(Workloads.district().withDays(2));
        String[] lines = output.strip().split("\n");
        assertThat(lines[lines.length - 1]).startsWith("{\"workload\":\"district-hall\",\"policy\":\"balanced\",\"days\":2,")
                .contains("\"tickets\":", "\"meanWaitMin\":", "\"p90WaitMin\":", "\"maxWaitMin\":",
                        "\"pooledMeanWaitMin\":", "\"ratio\":", "\"etaMaeMin\":").endsWith("}");
    }

    /** Watches every applied event of a run and checks the hall's promises to visitors. */
    private static final class Witness implements Simulator.Observer {
        final Set<String> issued = new HashSet<>();
        final Set<String> called = new HashSet<>();
        final Map<String, Integer> outsideProfile = new HashMap<>();
        final java.util.List<String> broken = new java.util.ArrayList<>();

        @Override
        public void applied(HallEvent event, org.onewindow.tickets.Hall hall) {
            switch (event.kind()) {
                case TICKET_ISSUED -> {
                    if (!issued.add(event.ticket().id())) {
                        broken.add("issued twice: " + event.ticket().number());
                    }
                }
                case TICKET_CALLED -> {
                    Ticket ticket = event.ticket();
                    Counter counter = event.counter();
                    if (!called.add(ticket.id())) {
                        broken.add("called twice: " + ticket.number());
                    }
                    if (!counter.canServe(ticket.service())) {
                        broken.add("window " + counter.id() + " served " + ticket.service() + " outside its skills");
                    }
                    if (!counter.serves(ticket.service())) {
                        outsideProfile.merge(counter.id(), 1, Integer::sum);
                    }
                }
                default -> { }
            }
        }
    }

    private static Witness witness(RoutingPolicy policy, RunResult[] result) {
        Workload workload = Workloads.district().withDays(10);
        Timeline timeline = Timeline.of(workload);
        Witness witness = new Witness();
        result[0] = new Simulator(workload, timeline, Visitors.draw(workload, timeline), witness)
                .run(policy, new QueueLengthEstimator(), null);
        return witness;
    }

    @Test
    void noTicketIsCalledTwiceOrLost() {
        for (RoutingPolicy policy : List.of(new FifoPolicy(), new BalancedPolicy(1.25))) {
            RunResult[] result = new RunResult[1];
            Witness witness = witness(policy, result);
            assertThat(witness.broken).isEmpty();
            assertThat(witness.called).isEqualTo(witness.issued);
            assertThat(result[0].unserved()).isZero();
            assertThat(result[0].waits().count()).isEqualTo(witness.issued.size());
        }
    }

    @Test
    void fifoStaysInTheProfileAndBalancedUsesOnlyCrossTrainedWindowsOutsideIt() {
        RunResult[] result = new RunResult[1];
        assertThat(witness(new FifoPolicy(), result).outsideProfile).isEmpty();
        Witness balanced = witness(new BalancedPolicy(1.25), result);
        // Windows 11 to 17 are the district hall's cross-trained ones (skills "*"); 1-10 have skills = profile.
        assertThat(balanced.outsideProfile.keySet()).isNotEmpty()
                .allSatisfy(id -> assertThat(Integer.parseInt(id)).isBetween(11, 17));
        result[0].windows().forEach(w -> assertThat(w.outsideProfile())
                .isEqualTo(balanced.outsideProfile.getOrDefault(w.counter(), 0)));
    }

    /** A profile widened on advice does not make its staff faster: outside the hall file's profile is slower. */
    @Test
    void aWidenedWindowStillServesOutsideItsHallFileProfileAtTheBackupSlowdown() {
        Workload workload = Workloads.district().withDays(1);
        Simulator simulator = new Simulator(workload);
        RunResult widened = simulator.run(new FifoPolicy(), new QueueLengthEstimator(), null,
                java.util.Map.of("11", java.util.Set.of("social-card", "insurance-enrolment", "property-records",
                        "business-registration")), null);
        RunResult.WindowFigures eleven = widened.windows().get(10);
        assertThat(eleven.counter()).isEqualTo("11");
        assertThat(eleven.outsideProfile()).isPositive();
        RunResult plain = simulator.run(new FifoPolicy(), new QueueLengthEstimator(), null);
        assertThat(plain.windows().get(10).outsideProfile()).isZero();
    }
}
