using Microsoft.Extensions.Options;
using ResourceMonitor.Domain.Catalog;
using ResourceMonitor.Domain.ParkView;
using ResourceMonitor.Worker.Ingest;

namespace ResourceMonitor.Worker.ParkPage;

/// <summary>
/// Feeds accepted readings of the worker's park into a <see cref="LiveFlowBoard"/> for the park page. Cheap and
/// non-blocking (a short lock per batch), so it takes batches straight from the ingest fan-out.
/// </summary>
public sealed class LiveFlows : IAcceptedReadingsConsumer
{
    private readonly Lock _gate = new();
    private readonly LiveFlowBoard _board;
    private readonly string _park;

    /// <summary>Creates the board for the catalog's park.</summary>
    public LiveFlows(ParkCatalog catalog, IOptions<ParkPageOptions> options)
    {
        _park = catalog.Park.Id;
        _board = new LiveFlowBoard(catalog, options.Value.FlowStaleAfter);
    }

    /// <inheritdoc />
    public ValueTask OnAcceptedAsync(AcceptedBatch batch, CancellationToken cancellationToken)
    {
        if (batch.Park == _park)
        {
            lock (_gate)
            {
                _board.Observe(batch.Plant, batch.Readings);
            }
        }

        return ValueTask.CompletedTask;
    }

    /// <summary>The flows at <paramref name="now"/>.</summary>
    public IReadOnlyList<PlantFlow> At(DateTimeOffset now)
    {
        lock (_gate)
        {
            return _board.Flows(now);
        }
    }
}
