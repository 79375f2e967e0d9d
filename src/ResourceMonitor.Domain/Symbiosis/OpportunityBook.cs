using ResourceMonitor.Domain.Catalog;

namespace ResourceMonitor.Domain.Symbiosis;

/// <summary>
/// The lifecycle of the park's opportunities: opened once, updated only when a rate has moved by more than the
/// significant change and settled there (<see cref="UpdateGate"/>), closed when the pair stops holding; one open
/// opportunity per pair. Totals run on the allocated rate over the time both meters' readings cover (energy, volume;
/// nothing accrues while a meter is silent), or on the allocated lot for waste, and survive closing, reopening and restarts.
/// </summary>
public sealed class OpportunityBook
{
    private readonly Dictionary<string, Opportunity> _open = new(StringComparer.Ordinal);
    private readonly Dictionary<string, OpportunityTotals> _totals = new(StringComparer.Ordinal);
    private readonly Dictionary<string, double> _wasteCounted = new(StringComparer.Ordinal);
    private readonly Dictionary<string, DateTimeOffset> _accruedUntil = new(StringComparer.Ordinal);
    private readonly UpdateGate _updates;
    private readonly double _allocationFloor;
    private readonly string _currency;

    /// <summary>An empty book.</summary>
    public OpportunityBook(DetectionSettings settings, string currency)
    {
        _updates = new UpdateGate(settings.SignificantChange, settings.UpdateSettleTime, settings.MinUpdateInterval);
        (_allocationFloor, _currency) = (settings.AllocationFloor, currency);
    }

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
            _accruedUntil[opportunity.Id] = now;
            if (opportunity.Resource == Resource.Waste)
            {
                _wasteCounted[opportunity.Id] = opportunity.AllocatedRate;
            }
        }
    }

    /// <summary>Applies the pairs that hold at <paramref name="now"/>; returns the alerts.</summary>
    /// <param name="now">The evaluation time.</param>
    /// <param name="holding">Every route that holds now.</param>
    /// <param name="whyClosed">Explains, for a pair that stopped holding, why.</param>
    public IReadOnlyList<OpportunityEvent> Apply(DateTimeOffset now, IReadOnlyList<PairState> holding, Func<string, string> whyClosed)
    {
        var events = new List<OpportunityEvent>();
        var holdingIds = holding.Select(p => p.Route.OpportunityId).ToHashSet(StringComparer.Ordinal);
        foreach (var gone in _open.Values.Where(o => !holdingIds.Contains(o.Id)).ToList())
        {
            // The stretch since the last evaluation is not accrued: the pair stopped holding somewhere inside it.
            var closed = gone with { Status = OpportunityStatus.Closed, ClosedAt = now, UpdatedAt = now, AllocatedRate = 0, PotentialRate = 0, Totals = TotalsOf(gone.Id) };
            _open.Remove(gone.Id);
            _wasteCounted.Remove(gone.Id);
            _accruedUntil.Remove(gone.Id);
            _updates.Forget(gone.Id);
            events.Add(new OpportunityEvent(OpportunityEventKind.Closed, closed, now, whyClosed(gone.Id)));
        }

        foreach (var pair in holding)
        {
            var id = pair.Route.OpportunityId;
            var belowFloor = pair.AllocatedRate < _allocationFloor * pair.PotentialRate;
            if (!_open.TryGetValue(id, out var current))
            {
                _totals[id] = TotalsOf(id) with { FirstSeenAt = TotalsOf(id).FirstSeenAt ?? now };
                _accruedUntil[id] = now;
                var opened = New(pair, now, belowFloor);
                AccrueWaste(opened, pair);
                opened = opened with { Totals = TotalsOf(id) };
                _open[id] = opened;
                events.Add(new OpportunityEvent(OpportunityEventKind.Opened, opened, now, "offer in surplus, need active, compatible"));
                continue;
            }

            AccrueFlow(current, pair, now);
            var next = current with { Quality = pair.Quality };
            AccrueWaste(next with { AllocatedRate = pair.AllocatedRate }, pair);
            next = next with { Totals = TotalsOf(id) };
            if (pair.Closing)
            {
                _updates.Forget(id);
            }
            else if (_updates.ShouldAnnounce(id, current, pair.PotentialRate, pair.AllocatedRate, belowFloor, now))
            {
                next = next with { PotentialRate = pair.PotentialRate, AllocatedRate = pair.AllocatedRate, AllocationBelowFloor = belowFloor, UpdatedAt = now };
                events.Add(new OpportunityEvent(OpportunityEventKind.Updated, next, now, belowFloor == current.AllocationBelowFloor ? "rate changed" : belowFloor ? "allocation below floor" : "allocation above floor"));
            }

            // Otherwise the announced rates stay, so a slow drift is measured from what plants were last told.
            _open[id] = next;
        }

        return events;
    }

    private Opportunity New(PairState pair, DateTimeOffset now, bool belowFloor)
    {
        var route = pair.Route;
        return new Opportunity(
            route.OpportunityId, route.Offer.Id, route.Need.Id, route.Offer.Resource,
            new PlantRef(route.OfferPlant.Id, route.OfferPlant.Name), new PlantRef(route.NeedPlant.Id, route.NeedPlant.Name),
            pair.Quality, Math.Round(route.DistanceMetres), route.Offer.LegalStanding, pair.RateUnit,
            pair.PotentialRate, pair.AllocatedRate, OpportunityStatus.Open, now, now, null, TotalsOf(route.OpportunityId), _currency, belowFloor);
    }

    // Energy and volume accrue at the live allocated rate, only over the time both meters' readings cover since the
    // last accrual: a meter silent for a while (a gap shorter than the stale limit holds the opportunity) adds nothing.
    private void AccrueFlow(Opportunity opportunity, PairState pair, DateTimeOffset now)
    {
        if (opportunity.Resource == Resource.Waste)
        {
            return;
        }

        var from = Later(_accruedUntil.GetValueOrDefault(opportunity.Id, now), pair.Coverage.From);
        var until = Earlier(now, pair.Coverage.Until);
        if (until > from)
        {
            _totals[opportunity.Id] = TotalsOf(opportunity.Id).Add(pair.AllocatedRate * (until - from).TotalHours, pair.Value);
            _accruedUntil[opportunity.Id] = until;
        }
    }

    private void AccrueWaste(Opportunity opportunity, PairState pair)
    {
        if (opportunity.Resource != Resource.Waste)
        {
            return;
        }

        // A lot is matched once: only growth of the allocated lot within one open episode adds to the total.
        var counted = _wasteCounted.GetValueOrDefault(opportunity.Id);
        var lot = opportunity.AllocatedRate;
        if (lot > counted)
        {
            _totals[opportunity.Id] = TotalsOf(opportunity.Id).Add(lot - counted, pair.Value);
            _wasteCounted[opportunity.Id] = lot;
        }
    }

    private OpportunityTotals TotalsOf(string id) => _totals.GetValueOrDefault(id) ?? OpportunityTotals.Zero;

    private static DateTimeOffset Later(DateTimeOffset a, DateTimeOffset b) => a > b ? a : b;

    private static DateTimeOffset Earlier(DateTimeOffset a, DateTimeOffset b) => a < b ? a : b;
}
