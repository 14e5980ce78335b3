package org.onewindow.hardware.gpio;

import com.pi4j.Pi4J;
import com.pi4j.context.Context;
import com.pi4j.io.gpio.digital.DigitalInput;
import com.pi4j.io.gpio.digital.DigitalOutput;
import com.pi4j.io.gpio.digital.DigitalState;
import com.pi4j.io.gpio.digital.PullResistance;
import com.pi4j.plugin.mock.platform.MockPlatform;
import com.pi4j.plugin.mock.provider.gpio.digital.MockDigitalInput;
import com.pi4j.plugin.mock.provider.gpio.digital.MockDigitalInputProvider;
import com.pi4j.plugin.mock.provider.gpio.digital.MockDigitalOutputProvider;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Consumer;

/**
 * The agent's pins through Pi4J: buttons wired to ground with the pull-up on (a press reads low), and
 * outputs for lamps. On a Pi the gpiod provider drives {@code /dev/gpiochip*}; under {@code --gpio mock}
 * Pi4J's mock platform stands in and {@link #press} drives an input. No hub knowledge in here.
 */
public final class Pins implements AutoCloseable {
    /** Presses closer together than this are contact bounce, not a second press. */
    public static final long DEBOUNCE_MICROS = 30_000;

    private final Context context;
    private final boolean mock;
    private final Consumer<String> report;
    private final Map<Integer, DigitalInput> inputs = new ConcurrentHashMap<>();
    private final Map<Integer, DigitalOutput> outputs = new ConcurrentHashMap<>();

    private Pins(Context context, boolean mock, Consumer<String> report) {
        this.context = context;
        this.mock = mock;
        this.report = report;
    }

    /** Pi4J's mock platform: inputs pressed by {@link #press}, outputs only reported. */
    public static Pins mock(Consumer<String> report) {
        Context context = Pi4J.newContextBuilder().add(new MockPlatform())
                .add(MockDigitalInputProvider.newInstance(), MockDigitalOutputProvider.newInstance()).build();
        return new Pins(context, true, report);
    }

    /** The board's own GPIO (the gpiod provider on a Raspberry Pi). */
    public static Pins board(Consumer<String> report) {
        return new Pins(Pi4J.newAutoContext(), false, report);
    }

    /** Calls onPress once per press (the falling edge), on Pi4J's thread. */
    public void button(int pin, Runnable onPress) {
        var config = DigitalInput.newConfigBuilder(context).id("in-" + pin).address(pin)
                .pull(PullResistance.PULL_UP).debounce(DEBOUNCE_MICROS);
        if (mock) {
            config.provider(MockDigitalInputProvider.ID);
        }
        DigitalInput input = context.create(config.build());
        if (mock) {
            ((MockDigitalInput) input).mockState(DigitalState.HIGH);
        }
        input.addListener(event -> {
            if (event.state() == DigitalState.LOW) {
                onPress.run();
            }
        });
        inputs.put(pin, input);
    }

    public void output(int pin) {
        var config = DigitalOutput.newConfigBuilder(context).id("out-" + pin).address(pin)
                .initial(DigitalState.LOW).shutdown(DigitalState.LOW);
        if (mock) {
            config.provider(MockDigitalOutputProvider.ID);
        }
        outputs.put(pin, context.create(config.build()));
    }

    /** Sets an output; a change is reported as "pin 21 high" / "pin 21 low". */
    public synchronized void set(int pin, boolean high) {
        DigitalOutput output = outputs.get(pin);
        if (output == null || output.isHigh() == high) {
            return;
        }
        output.state(high ? DigitalState.HIGH : DigitalState.LOW);
        report.accept("pin " + pin + (high ? " high" : " low"));
    }

    public boolean isHigh(int pin) {
        DigitalOutput output = outputs.get(pin);
        return output != null && output.isHigh();
    }

    /** Mock only: presses and releases the pin, as a finger would. */
    public boolean press(int pin) {
        DigitalInput input = inputs.get(pin);
        if (!mock || !(input instanceof MockDigitalInput button)) {
            return false;
        }
        button.mockState(DigitalState.LOW);
        button.mockState(DigitalState.HIGH);
        return true;
    }

    @Override
    public void close() {
        context.shutdown();
    }
}
