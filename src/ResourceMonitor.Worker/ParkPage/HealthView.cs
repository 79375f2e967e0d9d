namespace ResourceMonitor.Worker.ParkPage;

/// <summary>The worker's readiness as <c>/health/ready</c> tells it; the description only for park keys.</summary>
/// <param name="Status">Healthy, Degraded or Unhealthy.</param>
/// <param name="Description">What is wrong or right (broker, InfluxDB, spool, stages); null for plant keys.</param>
public sealed record HealthView(string Status, string? Description);
