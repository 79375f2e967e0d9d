namespace ResourceMonitor.Worker.ParkPage;

/// <summary>One plant on the map.</summary>
/// <param name="Id">The plant id.</param>
/// <param name="Name">Its name.</param>
/// <param name="Sector">Its sector.</param>
/// <param name="Lat">Latitude (catalog).</param>
/// <param name="Lon">Longitude (catalog).</param>
/// <param name="Visible">False for a plant shown only because an opportunity of the caller names it: no agent, no flows.</param>
/// <param name="Agent">Its edge agent's latest status; null when unknown or not visible.</param>
/// <param name="Flows">Its live flows per resource and role.</param>
public sealed record PlantView(string Id, string Name, string Sector, double Lat, double Lon, bool Visible, AgentView? Agent, IReadOnlyList<FlowView> Flows);
