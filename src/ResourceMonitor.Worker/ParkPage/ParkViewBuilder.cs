using System.Text.Json;
using Microsoft.Extensions.Diagnostics.HealthChecks;
using Microsoft.Extensions.Options;
using ResourceMonitor.Contracts.Codec;
using ResourceMonitor.Domain.Catalog;
using ResourceMonitor.Domain.ParkView;
using ResourceMonitor.Domain.Symbiosis;
using ResourceMonitor.Worker.Api;
using ResourceMonitor.Worker.Operations;
using ResourceMonitor.Worker.Symbiosis;

namespace ResourceMonitor.Worker.ParkPage;

/// <summary>
/// Takes the <see cref="ParkView"/> one caller may see from the catalog, the symbiosis state, the live flows, the agents'
/// statuses and the readiness check. The scope rule is the API's: a park key sees everything; a plant key its own plant and
/// what concerns it.
/// </summary>
public sealed class ParkViewBuilder(
    ParkCatalog catalog,
    SymbiosisState symbiosis,
    LiveFlows flows,
    AgentPresence agents,
    HealthCheckService health,
    IOptions<ParkPageOptions> options,
    TimeProvider time)
{
    /// <summary>The view of <paramref name="caller"/> now.</summary>
    public async Task<ParkView> BuildAsync(ApiCaller caller, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(caller);
        var readiness = await health.CheckHealthAsync(c => c.Tags.Contains(OperationsRegistration.ReadyTag), cancellationToken);
        var now = time.GetUtcNow();
        var board = symbiosis.Board(caller.Plant);
        var lines = board.Allocation.Lines.ToDictionary(l => l.OpportunityId, StringComparer.Ordinal);
        var opportunities = board.Opportunities.Select(o => Opportunity(o, lines.GetValueOrDefault(o.Id))).ToList();
        var named = board.Opportunities.SelectMany(o => new[] { o.From.Id, o.To.Id }).ToHashSet(StringComparer.Ordinal);
        var flowsByPlant = flows.At(now).ToLookup(f => f.Plant, StringComparer.Ordinal);
        var plants = catalog.Plants
            .Where(p => caller.MaySee(p.Id) || named.Contains(p.Id))
            .Select(p => Plant(p, caller.MaySee(p.Id), flowsByPlant[p.Id]))
            .ToList();
        var alerts = symbiosis.RecentAlerts(caller.Plant, options.Value.RecentAlerts).Select(Alert).ToList();
        return new ParkView(catalog.Park.Id, catalog.Park.Name, caller.Plant ?? "park", now, plants, opportunities, alerts,
            new HealthView(readiness.Status.ToString(), caller.IsPark ? Describe(readiness) : null));
    }

    private PlantView Plant(Plant plant, bool visible, IEnumerable<PlantFlow> plantFlows)
    {
        if (!visible)
        {
            return new PlantView(plant.Id, plant.Name, plant.Sector, plant.Location.Latitude, plant.Location.Longitude, false, null, []);
        }

        var agent = agents.Of(plant.Id) is { } status
            ? new AgentView(ContractEnums.Format(status.State), status.Timestamp, status.Agent, status.AgentVersion)
            : null;
        var shown = plantFlows.Select(f => new FlowView(Kebab(f.Resource), Kebab(f.Role), f.Rate, f.RateUnit, f.Meters, f.At)).ToList();
        return new PlantView(plant.Id, plant.Name, plant.Sector, plant.Location.Latitude, plant.Location.Longitude, true, agent, shown);
    }

    /// <summary>
    /// One open opportunity as the page shows it: its rates and value all from <paramref name="line"/>, its line of the park
    /// allocation now (null before the first evaluation of a run: nothing allocated yet). Not the opportunity's own rates:
    /// those are what was last announced to the plants (an update waits to settle), so beside the live value they disagreed.
    /// </summary>
    internal static OpportunityView Opportunity(Opportunity o, AllocationLine? line) =>
        new(o.Id, Kebab(o.Resource), o.From.Id, o.From.Name, o.To.Id, o.To.Name, o.DistanceMetres, Kebab(o.LegalStanding),
            o.RateUnit, line?.PotentialRate ?? o.PotentialRate, line?.AllocatedRate ?? 0, line?.ValuePerHour ?? 0, o.Currency, o.OpenedAt);

    private static AlertView Alert(OpportunityAlert a) =>
        new(a.Ts, a.Type, a.State, a.Opportunity.Id, Kebab(a.Opportunity.Resource), a.Opportunity.From.Name, a.Opportunity.To.Name, a.Reason);

    private static string Describe(HealthReport report) =>
        string.Join("; ", report.Entries.Values.Select(e => e.Description).Where(d => !string.IsNullOrEmpty(d)));

    private static string Kebab<TEnum>(TEnum value)
        where TEnum : struct, Enum => JsonNamingPolicy.KebabCaseLower.ConvertName(value.ToString());
}
