using InfluxDB.Client.Api.Domain;
using InfluxDB.Client.Writes;
using ResourceMonitor.Contracts;
using ResourceMonitor.Worker.Storage.Schema;

namespace ResourceMonitor.Worker.Messaging;

/// <summary>
/// Measurement <c>agent_status</c>: one point per status an edge agent declares (tags park, plant; fields online 1/0,
/// agent, version; time = the status's own time), so dashboards show which plants report and since when.
/// </summary>
internal static class AgentStatusPoint
{
    public static PointData Create(string park, string plant, AgentStatus status) =>
        PointData.Measurement(AgentStatusMeasurement.Name)
            .Tag(SeriesTags.Park, park)
            .Tag(SeriesTags.Plant, plant)
            .Field(AgentStatusMeasurement.Online, status.State == AgentState.Online ? 1L : 0L)
            .Field(AgentStatusMeasurement.Agent, status.Agent)
            .Field(AgentStatusMeasurement.Version, status.AgentVersion)
            .Timestamp(status.Timestamp.ToUnixTimeMilliseconds(), WritePrecision.Ms);
}
