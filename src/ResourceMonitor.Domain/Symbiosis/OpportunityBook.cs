using ResourceMonitor.Domain.Catalog;

namespace ResourceMonitor.Domain.Symbiosis;

/// <summary>
/// The lifecycle of the park's opportunities: opened once, updated only when a rate moves by more than the significant
/// change, closed when the pair stops holding; one open opportunity per pair. Totals run on the allocated rate between
/// evaluations (energy, volume), or on the allocated lot for waste, and survive closing, reopening and restarts.
/// </summary>
public sealed class OpportunityBook
{
    private readonly Dictionary<string, Opportunity> _open = new(StringComparer.Ordinal);
    private readonly Dictionary<string, OpportunityTotals> _totals = new(StringComparer.Ordinal);
    private readonly Dictionary<string, double> _wasteCounted = new(StringComparer.Ordinal);
    private readonly Dictionary<string, UnitValue> _values = new(StringComparer.Ordinal);
    private readonly Dictionary<string, double> _live = new(StringComparer.Ordinal);
    private readonly double _significantChange;
    private readonly string _currency;
    private DateTimeOffset? _lastTick;

    /// <summary>An empty book.</summary>
    public OpportunityBook(double significantChange, string currency) => (_significantChange, _currency) = (significantChange, currency);

    /// <summary>The open opportunities.</summary>
    public IReadOnlyCollection<Opportunity> Open => _open.Values;

    /// <summary>Lifetime totals per opportunity id, open or not.</summary>
    public IReadOnlyDictionary<string, OpportunityTotals> Totals => _totals;

    /// <summary>Restores open opportunities and totals saved before a restart; they are not announced again.</summary>
    public void Restore(IEnumerable<Opportunity> open, IReadOnlyDictionary<string, OpportunityTotals> totals, DateTimeOffset now)
    {
        foreach (var (id, total) in totals)
        {
            _totals[id] = total;
        }

        foreach (var opportunity in open)
        {
            _open[opportunity.Id] = opportunity;
            _live[opportunity.Id] = opportunity.AllocatedRate;
            if (opportunity.Resource == Resource.Waste)
            {
                _wasteCounted[opportunity.Id] = opportunity.AllocatedRate;
            }
        }

        _lastTick = now;
    }

    /// <summary>Applies the pairs that hold at <paramref name="now"/>; returns the alerts.</summary>
    /// <param name="now">The evaluation time.</param>
    /// <param name="holding">Every route that holds now.</param>
    /// <param name="whyClosed">Explains, for a pair that stopped holding, why.</param>
    public IReadOnlyList<OpportunityEvent> Apply(DateTimeOffset now, IReadOnlyList<PairState> holding, Func<string, string> whyClosed)
    {
        var hours = _lastTick is { } last && now > last ? (now - last).TotalHours : 0;
        _lastTick = now;
        var events = new List<OpportunityEvent>();
        var holdingIds = holding.Select(p => p.Route.OpportunityId).ToHashSet(StringComparer.Ordinal);
        foreach (var gone in _open.Values.Where(o => !holdingIds.Contains(o.Id)).ToList())
        {
            var closed = Accrue(gone, hours) with { Status = OpportunityStatus.Closed, ClosedAt = now, UpdatedAt = now, AllocatedRate = 0, PotentialRate = 0 };
            closed = closed with { Totals = TotalsOf(closed.Id) };
            _open.Remove(gone.Id);
            _wasteCounted.Remove(gone.Id);
            _live.Remove(gone.Id);
            events.Add(new OpportunityEvent(OpportunityEventKind.Closed, closed, now, whyClosed(gone.Id)));
        }

        foreach (var pair in holding)
        {
            var id = pair.Route.OpportunityId;
            _values[id] = pair.Value;
            if (!_open.TryGetValue(id, out var current))
            {
                var opened = New(pair, now);
                _live[id] = pair.AllocatedRate;
                AccrueWaste(opened);
                opened = opened with { Totals = TotalsOf(id) };
                _open[id] = opened;
                events.Add(new OpportunityEvent(OpportunityEventKind.Opened, opened, now, "offer in surplus, need active, compatible"));
                continue;
            }

            var accrued = Accrue(current, hours) with { Quality = pair.Quality };
            _live[id] = pair.AllocatedRate;
            var moved = Moved(current.PotentialRate, pair.PotentialRate) || Moved(current.AllocatedRate, pair.AllocatedRate);
            var next = accrued with { PotentialRate = pair.PotentialRate, AllocatedRate = pair.AllocatedRate };
            AccrueWaste(next);
            next = next with { Totals = TotalsOf(id) };
            if (moved)
            {
                next = next with { UpdatedAt = now };
                events.Add(new OpportunityEvent(OpportunityEventKind.Updated, next, now, "rate changed"));
            }
            else
            {
                // Keep the announced rates so a slow drift is measured from what plants were last told.
                next = next with { PotentialRate = current.PotentialRate, AllocatedRate = current.AllocatedRate };
            }

            _open[id] = next;
        }

        return events;
    }

    private Opportunity New(PairState pair, DateTimeOffset now)
    {
        var route = pair.Route;
        return new Opportunity(
            route.OpportunityId, route.Offer.Id, route.Need.Id, route.Offer.Resource,
            new PlantRef(route.OfferPlant.Id, route.OfferPlant.Name), new PlantRef(route.NeedPlant.Id, route.NeedPlant.Name),
            pair.Quality, Math.Round(route.DistanceMetres), route.Offer.LegalStanding, pair.RateUnit,
            pair.PotentialRate, pair.AllocatedRate, OpportunityStatus.Open, now, now, null, TotalsOf(route.OpportunityId), _currency);
    }

    private bool Moved(double announced, double now) =>
        Math.Abs(now - announced) > _significantChange * Math.Max(Math.Abs(announced), 1e-9);

    private Opportunity Accrue(Opportunity opportunity, double hours)
    {
        if (opportunity.Resource != Resource.Waste && hours > 0 && _values.TryGetValue(opportunity.Id, out var value))
        {
            _totals[opportunity.Id] = TotalsOf(opportunity.Id).Add(_live.GetValueOrDefault(opportunity.Id) * hours, value);
        }

        return opportunity;
    }

    private void AccrueWaste(Opportunity opportunity)
    {
        if (opportunity.Resource != Resource.Waste || !_values.TryGetValue(opportunity.Id, out var value))
        {
            return;
        }

        // A lot is matched once: only growth of the allocated lot within one open episode adds to the total.
        var counted = _wasteCounted.GetValueOrDefault(opportunity.Id);
        var lot = _live.GetValueOrDefault(opportunity.Id);
        if (lot > counted)
        {
            _totals[opportunity.Id] = TotalsOf(opportunity.Id).Add(lot - counted, value);
            _wasteCounted[opportunity.Id] = lot;
        }
    }

    private OpportunityTotals TotalsOf(string id) => _totals.GetValueOrDefault(id) ?? OpportunityTotals.Zero;
}
