namespace ResourceMonitor.Mqtt;

/// <summary>One session's state for readiness and logs.</summary>
/// <param name="Name">What the broker is to the host (<c>park broker</c>).</param>
/// <param name="ClientId">The session's client id.</param>
/// <param name="Connected">True while connected and subscribed.</param>
/// <param name="ConnectedSince">When the current connection was made; null while down.</param>
/// <param name="Connections">Connections made since start.</param>
/// <param name="LastError">Why the last connect failed or the last connection ended; null if never.</param>
public sealed record MqttSessionStatus(string Name, string ClientId, bool Connected, DateTimeOffset? ConnectedSince, long Connections, string? LastError);
