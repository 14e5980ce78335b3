package org.onewindow.routing;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.onewindow.hall.RoutingSettings;

class PoliciesTest {
    @Test
    void everyPolicyAHallFileMayNameExistsAndTheDefaultsAgree() {
        assertThat(Policies.names()).containsExactlyInAnyOrderElementsOf(RoutingSettings.POLICIES);
        RoutingSettings.POLICIES.forEach(name -> assertThat(Policies.byName(name, 1.25).name()).isEqualTo(name));
        assertThat(Policies.DEFAULT).isEqualTo(RoutingSettings.DEFAULT_POLICY);
        assertThat(BalancedPolicy.DEFAULT_SLOWDOWN).isEqualTo(RoutingSettings.DEFAULT_SLOWDOWN);
    }
}
