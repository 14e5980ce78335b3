package org.onewindow.hardware.agent;

import java.util.function.Consumer;
import org.json.JSONObject;

/** Pairing as kind agent (CONTRACT §6): show the code on the console, wait for a manager's approval. */
final class Pairing {
    private final HubClient hub;
    private final AgentConfig config;
    private final Consumer<String> log;

    Pairing(HubClient hub, AgentConfig config, Consumer<String> log) {
        this.hub = hub;
        this.config = config;
        this.log = log;
    }

    String pair() throws InterruptedException {
        while (true) {
            try {
                HubClient.Answer asked = hub.post("/pairings", new JSONObject().put("kind", "agent").put("name", config.device()));
                if (!asked.ok()) {
                    log.accept("pairing: refused, " + asked.code() + " (" + asked.message() + "); retrying");
                    Thread.sleep(5_000);
                    continue;
                }
                String id = asked.body().getString("id");
                log.accept("pairing code: " + asked.body().getString("code") + " — in the manager console (设备), pair it as "
                        + config.device() + " / 配对码，请在管理端“设备”中配对为 " + config.device());
                String token = await(id);
                if (token != null) {
                    return token;
                }
            } catch (HubClient.Unreachable e) {
                log.accept("pairing: hub unreachable at " + hub.hub() + " (" + e.getMessage() + "); retrying");
                Thread.sleep(3_000);
            }
        }
    }

    /** The token once approved; null when refused or expired (a new request follows). */
    private String await(String id) throws HubClient.Unreachable, InterruptedException {
        while (true) {
            Thread.sleep(500);
            HubClient.Answer answer = hub.get("/pairings/" + id);
            String status = answer.body().optString("status");
            switch (status) {
                case "approved" -> {
                    if (answer.body().has("token")) {
                        return answer.body().getString("token");
                    }
                    log.accept("pairing: approved but the token was already collected; asking again");
                    return null;
                }
                case "refused", "expired" -> {
                    log.accept("pairing: " + status + "; asking again");
                    return null;
                }
                default -> {
                    if (!answer.ok()) {
                        return null;
                    }
                }
            }
        }
    }
}
