namespace ResourceMonitor.Worker.Symbiosis;

/// <summary>One alert for one receiver; written as is to the dead-letter log when the receiver stays down.</summary>
/// <param name="Url">The receiver.</param>
/// <param name="Payload">The JSON body.</param>
/// <param name="FailedAt">When delivery was given up (dead letters only).</param>
/// <param name="Error">The last error (dead letters only).</param>
public sealed record WebhookDelivery(Uri Url, string Payload, DateTimeOffset? FailedAt = null, string? Error = null);
