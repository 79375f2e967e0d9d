using InfluxDB.Client.Api.Domain;
using InfluxDB.Client.Writes;
using ResourceMonitor.Contracts;

namespace ResourceMonitor.Worker.Messaging;

/// <summary>
/// Measurement <c>agent_status</c>: one point per status an edge agent declares (tags park, plant; fields online 1/0,
/// agent, version; time = the status's own time), so dashboards show which plants report and since when.
/// </summary>
internal static class AgentStatusPoint
{
    public const string Measurement = "agent_status";

    public static PointData Create(string park, string plant, AgentStatus status) =>
        PointData.Measurement(Measurement)
            .Tag("park", park)
            .Tag("plant", plant)
            .Field("online", status.State == AgentState.Online ? 1L : 0L)
            .Field("agent", status.Agent)
            .Field("version", status.AgentVersion)
            .Timestamp(status.Timestamp.ToUnixTimeMilliseconds(), WritePrecision.Ms);
}
