using ResourceMonitor.Contracts;
using ResourceMonitor.Domain.Catalog;

namespace ResourceMonitor.Domain.Symbiosis;

/// <summary>
/// The park's surplus detection and matching, pure and clock-free: readings go in through <see cref="Observe"/>
/// (which moves the detectors at the readings' own time and says when a decision may have changed),
/// <see cref="Evaluate"/> at a given time completes due detector changes, judges silence, allocates per resource and
/// returns the alerts; <see cref="NextDueAt"/> tells the host when the next pending change completes.
/// Not thread-safe: the host serialises calls.
/// </summary>
public sealed class SymbiosisEngine
{
    private readonly ParkCatalog _catalog;
    private readonly DetectionSettings _settings;
    private readonly Dictionary<string, FlowDetector> _offers = new(StringComparer.Ordinal);
    private readonly Dictionary<string, FlowDetector> _needs = new(StringComparer.Ordinal);
    private readonly Dictionary<(string Plant, string Meter), List<FlowDetector>> _byMeter = [];
    private readonly Dictionary<(string Plant, string Meter), double> _temperatures = [];
    private readonly HashSet<string> _offline = new(StringComparer.Ordinal);
    private readonly IReadOnlyList<ExchangeRoute> _routes;
    private readonly IReadOnlyList<(Resource Resource, string RateUnit)> _balanced;
    private readonly OpportunityBook _book;
    private DateTimeOffset? _lastEvaluatedAt;

    /// <summary>An engine for <paramref name="catalog"/>; every offer and need starts off.</summary>
    public SymbiosisEngine(ParkCatalog catalog, DetectionSettings settings)
    {
        _catalog = catalog;
        _settings = settings;
        _routes = ExchangeRoute.All(catalog);
        _book = new OpportunityBook(settings, catalog.Park.Currency);
        foreach (var offer in catalog.Offers)
        {
            _offers[offer.Id] = Watch(offer.PlantId, offer.MeterId, offer.OpenAbove, offer.CloseBelow, atThresholdCounts: offer.Resource == Resource.Waste);
        }

        foreach (var need in catalog.Needs)
        {
            _needs[need.Id] = Watch(need.PlantId, need.MeterId, 0, 0, atThresholdCounts: false);
        }

        _balanced = [.. catalog.Offers.Select(o => (o.Resource, RateUnit: RateUnitOf(o)))
            .Concat(catalog.Needs.Select(n => (n.Resource, RateUnit: n.Resource == Resource.Waste ? CanonicalUnits.Kilogram : _needs[n.Id].Meter.RateUnit)))
            .DistinctBy(b => b.Resource)
            .OrderBy(b => b.Resource)];
    }

    /// <summary>The routes (pairs within reach) of the park.</summary>
    public IReadOnlyList<ExchangeRoute> Routes => _routes;

    /// <summary>The open opportunities.</summary>
    public IReadOnlyCollection<Opportunity> Open => _book.Open;

    /// <summary>The allocation of the last evaluation.</summary>
    public ParkAllocation Allocation { get; private set; } = ParkAllocation.Empty;

    /// <summary>Whether an offer is in surplus now.</summary>
    public bool InSurplus(string offerId) => _offers[offerId].IsOn;

    /// <summary>Whether a need is active now.</summary>
    public bool IsActive(string needId) => _needs[needId].IsOn;

    /// <summary>Whether an offer's meter is heard from, silent (stale) or offline.</summary>
    public DetectorCondition OfferCondition(string offerId) => _offers[offerId].Condition;

    /// <summary>Whether a need's meter is heard from, silent (stale) or offline.</summary>
    public DetectorCondition NeedCondition(string needId) => _needs[needId].Condition;

    /// <summary>When the earliest pending opening or closing of a detector completes (on the readings' time), if any.</summary>
    public DateTimeOffset? NextDueAt => _offers.Values.Concat(_needs.Values).Select(d => d.Switch.DueAt).Where(d => d is not null).Min();

    /// <summary>
    /// Takes one accepted reading of <paramref name="plant"/>; readings of meters nobody watches are ignored.
    /// Returns true when an offer or need turned on or off at the reading's time: the host should evaluate now.
    /// </summary>
    public bool Observe(string plant, Reading reading)
    {
        var changed = false;
        if (_byMeter.TryGetValue((plant, reading.Meter), out var detectors))
        {
            // A reading already older than the stale limit at the last evaluation cannot move a switch (a replayed
            // backlog would otherwise open and close opportunities in the past); an offline plant's neither.
            var notBefore = _offline.Contains(plant) ? DateTimeOffset.MaxValue : _lastEvaluatedAt - _settings.StaleAfter;
            foreach (var detector in detectors)
            {
                changed |= detector.Observe(reading, notBefore);
            }
        }

        if (reading.Unit == CanonicalUnits.DegreeCelsius)
        {
            _temperatures[(plant, reading.Meter)] = reading.Value;
        }

        return changed;
    }

    /// <summary>Marks a plant online or offline (its edge agent's status); an offline plant's offers and needs close.</summary>
    public void SetPlantOnline(string plant, bool online)
    {
        if (online)
        {
            _offline.Remove(plant);
        }
        else
        {
            _offline.Add(plant);
        }
    }

    /// <summary>Turns the detectors at <paramref name="now"/>, allocates, and returns the alerts and the balance per resource.</summary>
    public SymbiosisUpdate Evaluate(DateTimeOffset now)
    {
        _lastEvaluatedAt = now;
        foreach (var (_, detector) in _offers.Concat(_needs))
        {
            detector.Evaluate(now, !_offline.Contains(detector.Meter.PlantId));
        }

        var holding = new List<PairState>();
        var reasons = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var group in _routes.GroupBy(r => r.Offer.Resource))
        {
            holding.AddRange(Allocate([.. group], reasons));
        }

        var events = _book.Apply(now, holding, id => reasons.GetValueOrDefault(id, "route no longer holds"));
        Allocation = new ParkAllocation(now, [.. holding
            .Select(p => new AllocationLine(p.Route.OpportunityId, p.Route.Offer.Resource, p.Route.OfferPlant.Id, p.Route.NeedPlant.Id, p.RateUnit,
                p.PotentialRate, p.AllocatedRate, p.AllocatedRate * p.Value.Money))
            .OrderByDescending(l => l.ValuePerHour)]);
        return new SymbiosisUpdate(events, Allocation, [.. _balanced.Select(b => Balance(b.Resource, b.RateUnit, holding))]);
    }

    /// <summary>The park manager's ranking of every pair observed so far, appraised at its observed rate (best NPV first).</summary>
    public IReadOnlyList<RankedExchange> Ranking(DateTimeOffset now) =>
        ExchangeRanking.Rank(_catalog.Park, _routes, _book.Totals, _book.Open.Select(o => o.Id).ToHashSet(StringComparer.Ordinal), now);

    /// <summary>What to save so a restart neither re-announces open opportunities nor resets totals.</summary>
    public SymbiosisSnapshot Snapshot(DateTimeOffset now) => new(
        now,
        [.. _book.Open],
        new Dictionary<string, OpportunityTotals>(_book.Totals, StringComparer.Ordinal),
        [.. _offers.Select(o => Save("offer:" + o.Key, o.Value)), .. _needs.Select(n => Save("need:" + n.Key, n.Value))]);

    /// <summary>Restores a snapshot taken by <see cref="Snapshot"/>, before any reading of the new run.</summary>
    public void Restore(SymbiosisSnapshot snapshot, DateTimeOffset now)
    {
        var known = _routes.Select(r => r.OpportunityId).ToHashSet(StringComparer.Ordinal);
        _book.Restore(snapshot.Open.Where(o => known.Contains(o.Id)), snapshot.Totals, now);
        foreach (var saved in snapshot.Detectors)
        {
            var detector = saved.Key.StartsWith("offer:", StringComparison.Ordinal) ? _offers.GetValueOrDefault(saved.Key[6..])
                : saved.Key.StartsWith("need:", StringComparison.Ordinal) ? _needs.GetValueOrDefault(saved.Key[5..]) : null;
            detector?.Restore(saved.State, saved.Since, saved.Rate, now);
        }
    }

    private List<PairState> Allocate(List<ExchangeRoute> routes, Dictionary<string, string> reasons)
    {
        var candidates = new List<(ExchangeRoute Route, OfferedQuality Quality, double Potential, UnitValue Value, DataCoverage Coverage)>();
        foreach (var route in routes)
        {
            var offer = _offers[route.Offer.Id];
            var need = _needs[route.Need.Id];
            var temperature = LiveTemperature(route.Offer);
            var why = CloseReasons.Silence("offer", offer.Condition) ?? CloseReasons.Silence("need", need.Condition)
                ?? (!offer.IsOn ? CloseReasons.OfferNotInSurplus
                : !need.IsOn ? CloseReasons.NeedNotActive
                : Compatibility.WhyNot(route.Offer, temperature, route.Need, _settings.HeatApproachKelvin));
            if (why is not null)
            {
                reasons[route.OpportunityId] = why;
                continue;
            }

            var potential = Math.Min(offer.Rate * route.DeliveredShare, NeedCapacity(route.Need, need));
            candidates.Add((route, QualityOf(route.Offer, temperature), potential, UnitValue.Of(route.Need, _catalog.Park), Covered(offer, need)));
        }

        var supplies = candidates.Select(c => c.Route.Offer.Id).Distinct().ToList();
        var demands = candidates.Select(c => c.Route.Need.Id).Distinct().ToList();
        var arcs = candidates.Select(c => new TransportArc(supplies.IndexOf(c.Route.Offer.Id), demands.IndexOf(c.Route.Need.Id), c.Route.DeliveredShare, c.Value.Money)).ToList();
        var flows = TransportProblem.Solve(
            [.. supplies.Select(s => _offers[s].Rate)],
            [.. demands.Select(d => NeedCapacity(_catalog.Needs.First(n => n.Id == d), _needs[d]))],
            arcs);
        return [.. candidates.Select((c, k) => new PairState(c.Route, c.Quality, RateUnitOf(c.Route.Offer), c.Potential, flows[k] * c.Route.DeliveredShare, c.Value, c.Coverage,
            _offers[c.Route.Offer.Id].Switch.State == SwitchState.Closing || _needs[c.Route.Need.Id].Switch.State == SwitchState.Closing))];
    }

    // The holding pairs are exactly the allocation's candidates (offer in surplus, need active, compatible, in reach),
    // so "matchable" is the offers and needs that appear in at least one of them.
    private ResourceBalance Balance(Resource resource, string rateUnit, List<PairState> holding)
    {
        var offers = _catalog.Offers.Where(o => o.Resource == resource && _offers[o.Id].IsOn).ToList();
        var needs = _catalog.Needs.Where(n => n.Resource == resource && _needs[n.Id].IsOn).ToList();
        var pairs = holding.Where(p => p.Route.Offer.Resource == resource).ToList();
        return new ResourceBalance(
            resource,
            rateUnit,
            offers.Sum(o => _offers[o.Id].Rate),
            offers.Count,
            needs.Sum(n => NeedCapacity(n, _needs[n.Id])),
            needs.Count,
            pairs.Select(p => p.Route.Offer).DistinctBy(o => o.Id).Sum(o => _offers[o.Id].Rate),
            pairs.Select(p => p.Route.Need).DistinctBy(n => n.Id).Sum(n => NeedCapacity(n, _needs[n.Id])),
            pairs.Sum(p => p.AllocatedRate));
    }

    // Both meters must have data for a stretch of time to count; restored detectors (no reading yet) count from the restore.
    private static DataCoverage Covered(FlowDetector offer, FlowDetector need) =>
        offer.Coverage is { } o && need.Coverage is { } n
            ? new DataCoverage(o.From > n.From ? o.From : n.From, o.Until < n.Until ? o.Until : n.Until)
            : DataCoverage.Unknown;

    private double NeedCapacity(Need need, FlowDetector detector) =>
        need.Resource == Resource.Waste ? detector.Rate * _settings.WasteNeedHorizon.TotalHours : detector.Rate;

    private string RateUnitOf(Offer offer) =>
        offer.Resource == Resource.Waste ? CanonicalUnits.Kilogram : _offers[offer.Id].Meter.RateUnit;

    private double? LiveTemperature(Offer offer) =>
        offer.Quality.TemperatureMeter is { } meter && _temperatures.TryGetValue((offer.PlantId, meter), out var t) ? t : null;

    private static OfferedQuality QualityOf(Offer offer, double? temperature) => new(
        temperature ?? offer.Quality.TemperatureC,
        offer.Quality.WaterGrade?.ToString().ToLowerInvariant(),
        offer.Quality.MaterialCode);

    private static DetectorSnapshot Save(string key, FlowDetector detector) => new(key, detector.Switch.State, detector.Switch.Since, detector.Rate);

    private FlowDetector Watch(string plant, string meterId, double open, double close, bool atThresholdCounts)
    {
        var meter = _catalog.TryGetMeter(plant, meterId, out var m) ? m : throw new InvalidOperationException($"catalog meter {plant}/{meterId} missing");
        var detector = new FlowDetector(meter, open, close, _settings, atThresholdCounts);
        if (!_byMeter.TryGetValue((plant, meterId), out var list))
        {
            _byMeter[(plant, meterId)] = list = [];
        }

        list.Add(detector);
        return detector;
    }
}
