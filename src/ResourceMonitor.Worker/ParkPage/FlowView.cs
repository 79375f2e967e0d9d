namespace ResourceMonitor.Worker.ParkPage;

/// <summary>One live flow of a plant.</summary>
/// <param name="Resource">electricity, heat, water...</param>
/// <param name="Role">intake, output, discharge, production, ambient.</param>
/// <param name="Rate">Its current rate.</param>
/// <param name="Unit">The rate's unit.</param>
/// <param name="Meters">How many meters it sums.</param>
/// <param name="At">The newest reading's time.</param>
public sealed record FlowView(string Resource, string Role, double Rate, string Unit, int Meters, DateTimeOffset At);
