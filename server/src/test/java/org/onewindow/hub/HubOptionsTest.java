package org.onewindow.hub;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;

class HubOptionsTest {
    @Test
    void defaultsServeTheDemoHallOnPort8080WithDataInDotData() {
        HubSettings settings = HubOptions.parse(new String[0]);
        assertThat(settings.hallFile()).isNull();
        assertThat(settings.dataDir()).isEqualTo(Path.of("data"));
        assertThat(settings.port()).isEqualTo(8080);
        assertThat(settings.host()).isEqualTo("0.0.0.0");
        assertThat(settings.publicUrl()).isNull();
    }

    @Test
    void readsEveryOption() {
        HubSettings settings = HubOptions.parse(new String[] {"--hall", "h.yaml", "--data", "/var/lib/ow", "--port", "9090",
                "--host", "127.0.0.1", "--public-url", "http://192.168.1.20:9090"});
        assertThat(settings).isEqualTo(new HubSettings(Path.of("h.yaml"), Path.of("/var/lib/ow"), "127.0.0.1", 9090,
                "http://192.168.1.20:9090"));
    }

    @Test
    void refusesWhatItCannotUse() {
        assertThatThrownBy(() -> HubOptions.parse(new String[] {"--port", "http"})).hasMessageContaining("--port must be a number");
        assertThatThrownBy(() -> HubOptions.parse(new String[] {"--port", "70000"})).hasMessageContaining("--port must be a number");
        assertThatThrownBy(() -> HubOptions.parse(new String[] {"--public-url", "hub.local/x"})).hasMessageContaining("--public-url");
        assertThatThrownBy(() -> HubOptions.parse(new String[] {"--hall"})).hasMessageContaining("--hall needs a value");
    }
}
