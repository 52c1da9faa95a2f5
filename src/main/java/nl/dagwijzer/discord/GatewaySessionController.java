package nl.dagwijzer.discord;

import net.dv8tion.jda.api.JDA;
import net.dv8tion.jda.api.utils.SessionControllerAdapter;

/**
 * Connects every shard to a fixed gateway URL ({@code DISCORD_GATEWAY_URL}), on the first connect and on every
 * reconnect (JDA asks {@link #getGateway()} again after a failed resume).
 */
public final class GatewaySessionController extends SessionControllerAdapter {
  private final String gateway;

  public GatewaySessionController(String gateway) {
    this.gateway = gateway;
  }

  @Override
  public String getGateway() {
    return gateway;
  }

  @Override
  public ShardedGateway getShardedGateway(JDA api) {
    ShardedGateway fromDiscord = super.getShardedGateway(api);
    return new ShardedGateway(gateway, fromDiscord.getShardTotal(), fromDiscord.getConcurrency());
  }
}
