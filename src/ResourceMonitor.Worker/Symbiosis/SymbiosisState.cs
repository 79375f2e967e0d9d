using Microsoft.Extensions.Options;
using ResourceMonitor.Contracts;
using ResourceMonitor.Domain.Catalog;
using ResourceMonitor.Domain.Symbiosis;
using ResourceMonitor.Worker.Catalog;
using ResourceMonitor.Worker.Exchanges;

namespace ResourceMonitor.Worker.Symbiosis;

/// <summary>
/// The park's one <see cref="SymbiosisEngine"/> and the recent alert history, shared by the monitor loop (which
/// feeds and evaluates it) and the HTTP API (which reads it). Every access holds the lock: the engine is not thread-safe.
/// A live change of the park's catalog re-plans at once: a new engine for the new catalog takes over the old one's
/// snapshot (open opportunities whose offer and need still pair, totals, detector states; docs/catalog.md "Live catalog").
/// </summary>
public sealed class SymbiosisState
{
    private readonly Lock _gate = new();
    private readonly DetectionSettings _settings;
    private readonly TimeProvider _time;
    private readonly HashSet<string> _offline = new(StringComparer.Ordinal);
    private SymbiosisEngine _engine;
    private readonly Dictionary<string, Queue<OpportunityAlert>> _history = new(StringComparer.Ordinal);
    private readonly int _historyLength;
    private Finance? _finance;
    private readonly ExchangeRegister _exchanges;

    /// <summary>
    /// Creates the engine for the primary park of <paramref name="catalogs"/> and follows its live changes; opportunities it
    /// shows carry their exchange status from <paramref name="exchanges"/>.
    /// </summary>
    public SymbiosisState(ParkCatalogs catalogs, IOptions<SymbiosisOptions> options, ExchangeRegister exchanges, TimeProvider time)
    {
        _exchanges = exchanges;
        var catalog = catalogs.Primary;
        Park = catalog.Park.Id;
        _settings = options.Value.ToSettings();
        _time = time;
        _engine = new SymbiosisEngine(catalog, _settings);
        _historyLength = options.Value.HistoryLength;
        _finance = catalog.Park.Finance;
        catalogs.Changed += changed =>
        {
            if (changed.Park.Id == Park)
            {
                Replan(changed, _time.GetUtcNow());
            }
        };
    }

    /// <summary>Switches to <paramref name="catalog"/>: its offers and needs are planned anew, the state carried over.</summary>
    public void Replan(ParkCatalog catalog, DateTimeOffset now)
    {
        lock (_gate)
        {
            var snapshot = _engine.Snapshot(now);
            _engine = new SymbiosisEngine(catalog, _settings);
            _engine.Restore(snapshot, now);
            foreach (var plant in _offline.Where(p => catalog.TryGetPlant(p, out _)))
            {
                _engine.SetPlantOnline(plant, online: false);
            }

            _finance = catalog.Park.Finance;
        }
    }

    /// <summary>The park id.</summary>
    public string Park { get; }

    /// <summary>Feeds readings of one plant; true when one of them turned an offer or need on or off (evaluate now).</summary>
    public bool Observe(string plant, IEnumerable<Reading> readings)
    {
        lock (_gate)
        {
            var changed = false;
            foreach (var reading in readings)
            {
                changed |= _engine.Observe(plant, reading);
            }

            return changed;
        }
    }

    /// <summary>When the earliest pending opening or closing completes (the readings' time), if any.</summary>
    public DateTimeOffset? NextDueAt
    {
        get
        {
            lock (_gate)
            {
                return _engine.NextDueAt;
            }
        }
    }

    /// <summary>Marks a plant online or offline.</summary>
    public void SetPlantOnline(string plant, bool online)
    {
        lock (_gate)
        {
            if (!online)
            {
                _offline.Add(plant);
            }
            else
            {
                _offline.Remove(plant);
            }

            _engine.SetPlantOnline(plant, online);
        }
    }

    /// <summary>Evaluates at <paramref name="now"/>; returns the alerts, the supply and demand per resource, and the snapshot to save.</summary>
    public (IReadOnlyList<OpportunityAlert> Alerts, IReadOnlyList<ResourceBalance> Balances, SymbiosisSnapshot Snapshot) Evaluate(DateTimeOffset now)
    {
        lock (_gate)
        {
            var update = _engine.Evaluate(now);
            var alerts = update.Events.Select(e => OpportunityAlert.Of(Park, e with { Opportunity = _exchanges.Annotate(e.Opportunity, now) })).ToList();
            foreach (var alert in alerts)
            {
                if (!_history.TryGetValue(alert.Opportunity.Id, out var queue))
                {
                    _history[alert.Opportunity.Id] = queue = new Queue<OpportunityAlert>();
                }

                queue.Enqueue(alert);
                while (queue.Count > _historyLength)
                {
                    queue.Dequeue();
                }
            }

            return (alerts, update.Balances, _engine.Snapshot(now));
        }
    }

    /// <summary>Restores a saved snapshot (before any reading).</summary>
    public void Restore(SymbiosisSnapshot snapshot, DateTimeOffset now)
    {
        lock (_gate)
        {
            _engine.Restore(snapshot, now);
        }
    }

    /// <summary>The open opportunities and allocation, for all (<paramref name="plant"/> null) or those concerning one plant.</summary>
    public OpportunityBoard Board(string? plant)
    {
        lock (_gate)
        {
            var allocation = _engine.Allocation;
            var lines = allocation.Lines.Where(l => plant is null || l.FromPlant == plant || l.ToPlant == plant).ToList();
            var value = allocation.Lines.ToDictionary(l => l.OpportunityId, l => l.ValuePerHour, StringComparer.Ordinal);
            var now = _time.GetUtcNow();
            var open = _engine.Open.Where(o => plant is null || o.Concerns(plant))
                .OrderByDescending(o => value.GetValueOrDefault(o.Id)).Select(o => _exchanges.Annotate(o, now)).ToList();
            return new OpportunityBoard(Park, open, allocation with { Lines = lines });
        }
    }

    /// <summary>The open opportunity <paramref name="id"/> with its exchange status now, or null when it is not open.</summary>
    public Opportunity? OpenOpportunity(string id)
    {
        lock (_gate)
        {
            return _engine.Open.FirstOrDefault(o => o.Id == id) is { } open ? _exchanges.Annotate(open, _time.GetUtcNow()) : null;
        }
    }

    /// <summary>The park manager's ranking at <paramref name="now"/>: observed pairs with investment, payback, NPV and cost per tonne CO2e.</summary>
    public ExchangeRankingBoard Ranking(DateTimeOffset now)
    {
        lock (_gate)
        {
            return new ExchangeRankingBoard(Park, now, _finance?.DiscountRate, _finance?.LifetimeYears, _engine.Ranking(now));
        }
    }

    /// <summary>The newest <paramref name="count"/> alerts of every opportunity (<paramref name="plant"/> null) or of those concerning one plant, newest first.</summary>
    public IReadOnlyList<OpportunityAlert> RecentAlerts(string? plant, int count)
    {
        lock (_gate)
        {
            return _history.Values.SelectMany(q => q)
                .Where(a => plant is null || a.Opportunity.Concerns(plant))
                .OrderByDescending(a => a.Ts)
                .Take(count)
                .ToList();
        }
    }

    /// <summary>The recent alerts of one opportunity, or null when the caller's plant is not part of it.</summary>
    public IReadOnlyList<OpportunityAlert>? History(string id, string? plant)
    {
        lock (_gate)
        {
            if (!_history.TryGetValue(id, out var queue) || (plant is not null && !queue.Last().Opportunity.Concerns(plant)))
            {
                return null;
            }

            return [.. queue];
        }
    }
}
