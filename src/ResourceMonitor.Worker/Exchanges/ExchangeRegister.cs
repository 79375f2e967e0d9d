using System.Collections.Frozen;
using ResourceMonitor.Domain.Catalog;
using ResourceMonitor.Domain.Exchanges;
using ResourceMonitor.Domain.Symbiosis;
using ResourceMonitor.Hosting.Logging;
using ResourceMonitor.Worker.Api;

namespace ResourceMonitor.Worker.Exchanges;

/// <summary>
/// The park's exchanges on their way from opportunity to running exchange: each catalog pair's workflow and the
/// licences recorded for waste codes and exchanges. Rebuilt from the <see cref="ExchangeJournal"/> when created; every
/// change is checked by the pure rules (<see cref="ExchangeWorkflow"/>, <see cref="LegalPosition"/>) and journalled
/// before it is applied, one change at a time. Keyed by the pair id, so an opportunity that closes keeps its stage.
/// </summary>
public sealed class ExchangeRegister : IDisposable
{
    private readonly SemaphoreSlim _write = new(1, 1);
    private readonly Lock _gate = new();
    private readonly ExchangeJournal _journal;
    private readonly ILogger<ExchangeRegister> _logger;
    private readonly FrozenDictionary<string, ExchangeRoute> _routes;
    private readonly Dictionary<string, ExchangeProgress> _progress = new(StringComparer.Ordinal);
    private readonly List<Licence> _licences = [];

    /// <summary>Creates the register for the catalog's pairs and replays the journal.</summary>
    public ExchangeRegister(ParkCatalog catalog, ExchangeJournal journal, ILogger<ExchangeRegister> logger)
    {
        (_journal, _logger) = (journal, logger);
        _routes = ExchangeRoute.All(catalog).ToFrozenDictionary(r => r.OpportunityId, StringComparer.Ordinal);
        MaterialCodes = catalog.Offers.Select(o => o.Quality.MaterialCode).OfType<string>().ToFrozenSet(StringComparer.Ordinal);
        var entries = journal.ReadAll();
        foreach (var entry in entries)
        {
            Apply(entry);
        }

        if (entries.Count > 0)
        {
            var (changes, licences) = (entries.Count(e => e.Change is not null), entries.Count(e => e.Licence is not null));
            ExchangeLog.Restored(logger, journal.FilePath, changes, licences);
        }
    }

    /// <summary>The waste codes of the catalog's offers (a licence is recorded for one of them).</summary>
    public IReadOnlySet<string> MaterialCodes { get; }

    /// <summary>The catalog pair <paramref name="opportunityId"/> if <paramref name="caller"/> may see it (park key, or a plant of the pair).</summary>
    public ExchangeRoute? RouteFor(string opportunityId, ApiCaller caller) =>
        _routes.TryGetValue(opportunityId, out var route) && (caller.IsPark || caller.Plant == route.OfferPlant.Id || caller.Plant == route.NeedPlant.Id)
            ? route
            : null;

    /// <summary>True when <paramref name="opportunityId"/> is a pair of the catalog.</summary>
    public bool IsPair(string opportunityId) => _routes.ContainsKey(opportunityId);

    /// <summary>The workflow of one exchange; null when it was never proposed.</summary>
    public ExchangeProgress? Progress(string opportunityId)
    {
        lock (_gate)
        {
            return _progress.GetValueOrDefault(opportunityId);
        }
    }

    /// <summary>Every exchange that has a workflow, for the caller (park: all; plant: those it gives or takes in).</summary>
    public IReadOnlyList<ExchangeProgress> All(ApiCaller caller)
    {
        lock (_gate)
        {
            return [.. _progress.Values.Where(p => RouteFor(p.OpportunityId, caller) is not null).OrderBy(p => p.OpportunityId, StringComparer.Ordinal)];
        }
    }

    /// <summary>Every licence recorded (the latest record of each), with its status as recorded.</summary>
    public IReadOnlyList<Licence> Licences
    {
        get
        {
            lock (_gate)
            {
                return [.. _licences];
            }
        }
    }

    /// <summary>The legal position of a catalog pair at <paramref name="at"/>.</summary>
    public LegalPosition Legal(ExchangeRoute route, DateTimeOffset at)
    {
        lock (_gate)
        {
            return LegalPosition.Of(route.Offer, route.OpportunityId, _licences, at);
        }
    }

    /// <summary>The workflow and legal position of a catalog pair at <paramref name="at"/>; null for an id that is not a pair.</summary>
    public ExchangeStatus? Status(string opportunityId, DateTimeOffset at) =>
        _routes.TryGetValue(opportunityId, out var route) ? ExchangeStatus.Of(Progress(opportunityId), Legal(route, at)) : null;

    /// <summary><paramref name="opportunity"/> with its exchange status at <paramref name="at"/>.</summary>
    public Opportunity Annotate(Opportunity opportunity, DateTimeOffset at) =>
        Status(opportunity.Id, at) is { } status ? opportunity with { Exchange = status } : opportunity;

    /// <summary>
    /// Moves an exchange to <paramref name="target"/> for <paramref name="caller"/> at <paramref name="at"/>: checked,
    /// journalled (durable), then applied.
    /// </summary>
    public async Task<WorkflowOutcome> MoveAsync(string opportunityId, ExchangeStage target, string? reason, ApiCaller caller, DateTimeOffset at, CancellationToken cancellationToken)
    {
        if (RouteFor(opportunityId, caller) is not { } route)
        {
            return new WorkflowOutcome(null, NotFound: true, null);
        }

        await _write.WaitAsync(cancellationToken);
        try
        {
            var before = Progress(opportunityId);
            if (ExchangeWorkflow.WhyNot(before?.Stage, target, reason, Legal(route, at)) is { } why)
            {
                return new WorkflowOutcome(null, NotFound: false, why);
            }

            var change = new WorkflowChange(opportunityId, before?.Stage, target, caller.Name, caller.Plant, at, string.IsNullOrWhiteSpace(reason) ? null : reason.Trim());
            await _journal.AppendAsync(new ExchangeJournalEntry(change, null), cancellationToken);
            Apply(new ExchangeJournalEntry(change, null));
            var (from, to, by) = (ExchangeWorkflow.Describe(before?.Stage), ExchangeWorkflow.Describe(target), LogText.Escape(caller.Name));
            ExchangeLog.Moved(_logger, opportunityId, from, to, by);
            return new WorkflowOutcome(Progress(opportunityId), NotFound: false, null);
        }
        finally
        {
            _write.Release();
        }
    }

    /// <summary>Records a licence (replacing an earlier record of the same scope, subject and name): journalled, then applied.</summary>
    public async Task RecordAsync(Licence licence, CancellationToken cancellationToken)
    {
        await _write.WaitAsync(cancellationToken);
        try
        {
            await _journal.AppendAsync(new ExchangeJournalEntry(null, licence), cancellationToken);
            Apply(new ExchangeJournalEntry(null, licence));
            var (name, scope, subject, status, by) =
                (LogText.Escape(licence.Name), licence.Scope.ToString(), LogText.Escape(licence.Subject), licence.Status.ToString(), LogText.Escape(licence.RecordedBy));
            ExchangeLog.LicenceRecorded(_logger, name, scope, subject, status, by);
        }
        finally
        {
            _write.Release();
        }
    }

    /// <inheritdoc />
    public void Dispose() => _write.Dispose();

    private void Apply(ExchangeJournalEntry entry)
    {
        lock (_gate)
        {
            if (entry.Change is { } change)
            {
                _progress[change.OpportunityId] = ExchangeProgress.After(_progress.GetValueOrDefault(change.OpportunityId), change);
            }

            if (entry.Licence is { } licence)
            {
                _licences.RemoveAll(l => licence.Replaces(l));
                _licences.Add(licence);
            }
        }
    }
}
