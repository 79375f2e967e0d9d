namespace ResourceMonitor.Worker.ParkPage;

/// <summary>
/// What the park page shows to one caller at one instant: the plants on the map with their agents and live flows, the open
/// opportunities between them, recent alerts and the worker's health. A plant key's view has its own plant, the plants
/// its opportunities name (name and place only) and what concerns it; never another plant's flows or agent.
/// </summary>
/// <param name="Park">The park's id.</param>
/// <param name="ParkName">The park's name.</param>
/// <param name="Scope">"park", or the plant id of a plant key.</param>
/// <param name="At">When the view was taken (the worker's clock).</param>
/// <param name="Plants">The plants the caller may see on the map.</param>
/// <param name="Opportunities">Open opportunities, best allocated value first.</param>
/// <param name="Alerts">Recent alerts, newest first.</param>
/// <param name="Health">The worker's readiness.</param>
public sealed record ParkView(
    string Park,
    string ParkName,
    string Scope,
    DateTimeOffset At,
    IReadOnlyList<PlantView> Plants,
    IReadOnlyList<OpportunityView> Opportunities,
    IReadOnlyList<AlertView> Alerts,
    HealthView Health);
