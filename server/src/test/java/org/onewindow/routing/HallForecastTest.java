package org.onewindow.routing;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.SplittableRandom;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.BiConsumer;
import org.onewindow.hall.ServiceSpec;
import org.onewindow.tickets.Counter;
import org.onewindow.tickets.HallView;
import org.onewindow.tickets.Priority;
import org.onewindow.tickets.Ticket;
import org.junit.jupiter.api.Test;

/**
 * A play stops after a fixed number of calls in each future: up to there it is the whole play, call for call;
 * after it each line's tickets are placed at the pace the line had, so a long queue costs no more to play.
 */
class HallForecastTest {
    private final BalancedPolicy policy = new BalancedPolicy(1.25);
    private final SmallHall small = new SmallHall(policy);

    /** Service times drawn around the hall file's averages, so the futures differ. */
    private static final Pace DRAWN = new Pace() {
        @Override
        public double hold(ServiceSpec service, SplittableRandom random) {
            return service.averageMinutes() * (random == null ? 1 : 0.5 + random.nextDouble());
        }

        @Override
        public double remaining(ServiceSpec service, double elapsed, SplittableRandom random) {
            return Math.max(hold(service, random) - elapsed, 0.5);
        }
    };

    private List<Ticket> queue(int tickets) {
        return queue(small, tickets);
    }

    private static List<Ticket> queue(SmallHall small, int tickets) {
        small.open("1", "2", "3");
        String[] services = {"a", "b", "c", "a", "b", "a"};
        List<Ticket> waiting = new ArrayList<>();
        for (int i = 0; i < tickets; i++) {
            small.at(i * 0.1);
            waiting.add(small.issue(services[i % services.length], i % 17 == 5 ? Priority.PRIORITY : Priority.NORMAL));
        }
        for (String window : new String[] {"1", "2", "3"}) {
            Ticket called = small.call(window);
            waiting.removeIf(t -> t.id().equals(called.id()));
        }
        small.at(tickets * 0.1 + 3);
        return waiting;
    }

    private HallForecast play(RoutingPolicy policy, int exactCalls) {
        return play(small, policy, exactCalls);
    }

    private static HallForecast play(SmallHall small, RoutingPolicy policy, int exactCalls) {
        return HallForecast.play(HallSnapshot.of(small.hall.view()), policy, DRAWN, 1.25, Map.of(), exactCalls);
    }

    @Test
    void aBoundedPlayAnswersAsTheWholePlayForEveryTicketWithinItsHorizon() {
        List<Ticket> waiting = queue(120);
        HallView view = small.hall.view();
        HallForecast whole = play(policy, Integer.MAX_VALUE);
        HallForecast bounded = play(policy, 40);
        int exact = 0;
        for (Ticket ticket : waiting) {
            Ticket now = small.hall.ticket(ticket.id());
            assertThat(whole.exact(now.id())).as("the whole play calls everyone").isTrue();
            assertThat(bounded.raw(now, view)).as("every ticket has a forecast").isPresent();
            if (bounded.exact(now.id())) {
                exact++;
                assertThat(bounded.raw(now, view)).isEqualTo(whole.raw(now, view));
            }
        }
        assertThat(exact).as("the first calls are played exactly").isGreaterThanOrEqualTo(20);
        assertThat(exact).as("the rest is placed").isLessThan(waiting.size() - 40);
    }

    @Test
    void placedTicketsComeLaterTheFurtherBackTheyStand() {
        List<Ticket> waiting = queue(120);
        HallView view = small.hall.view();
        HallForecast bounded = play(policy, 40);
        for (String service : new String[] {"a", "b", "c"}) {
            double before = 0;
            int position = 0;
            for (Ticket ticket : view.waiting(service)) {
                HallForecast.Spread spread = bounded.raw(ticket, view).orElseThrow();
                double fromNow = spread.mid() - Forecast.minutesBetween(ticket.issuedAt(), view.now());
                assertThat(fromNow).as(ticket.number()).isGreaterThanOrEqualTo(before - 1e-9);
                assertThat(spread.ahead()).as(ticket.number()).isGreaterThanOrEqualTo(position);
                assertThat(spread.low()).isLessThanOrEqualTo(spread.mid());
                assertThat(spread.mid()).isLessThanOrEqualTo(spread.high());
                before = fromNow;
                position++;
            }
        }
        // A newcomer stands behind every waiting ticket of its line.
        Ticket newcomer = small.hall.issue("a", Priority.NORMAL, org.onewindow.tickets.Channel.KIOSK, "zh").ticket();
        Ticket last = view.waiting("a").last();
        assertThat(bounded.raw(newcomer, view).orElseThrow().mid())
                .isGreaterThanOrEqualTo(bounded.raw(last, view).orElseThrow().mid()
                        - Forecast.minutesBetween(last.issuedAt(), view.now()));
        assertThat(waiting).isNotEmpty();
    }

    @Test
    void aPlayCostsTheSameWithAShortOrALongQueue() {
        AtomicInteger decisions = new AtomicInteger();
        RoutingPolicy counting = watching((counter, hall) -> decisions.incrementAndGet());
        queue(300);
        play(counting, 40);
        int shortQueue = decisions.getAndSet(0);
        SmallHall longer = new SmallHall(policy);
        queue(longer, 3_000);
        play(longer, counting, 40);
        assertThat(decisions.get()).isEqualTo(shortQueue).isEqualTo(HallForecast.SAMPLES * 40);
    }

    /** The policy keeps the promises made at issue; the visitors a play imagines were told nothing, so count as on time. */
    @Test
    void thePlaysImaginedVisitorsWereToldNothing() {
        List<Ticket> imagined = new ArrayList<>();
        RoutingPolicy watching = watching((counter, hall) -> {
            for (ServiceSpec service : hall.config().services()) {
                hall.waiting(service.id()).stream().filter(t -> small.hall.view().ticket(t.id()).isEmpty())
                        .forEach(imagined::add);
            }
        });
        queue(30);
        play(watching, Integer.MAX_VALUE);
        assertThat(imagined).as("a newcomer per line is played").isNotEmpty();
        assertThat(imagined).allSatisfy(t -> assertThat(t.estimateMinutes()).isNaN());
    }

    /** The hall's policy, with each of its decisions seen first. */
    private RoutingPolicy watching(BiConsumer<Counter, HallView> decision) {
        return new RoutingPolicy() {
            @Override
            public String name() {
                return "watching";
            }

            @Override
            public Optional<Ticket> next(Counter counter, HallView hall) {
                decision.accept(counter, hall);
                return policy.next(counter, hall);
            }
        };
    }
}
