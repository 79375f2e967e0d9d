using ResourceMonitor.Domain.Catalog;

namespace ResourceMonitor.Domain.Programme;

/// <summary>
/// The exchanges the indicators count: the implemented ones when any are recorded, else the opportunities the matcher
/// observed (potentials), with a note that says which.
/// </summary>
internal sealed class ExchangeBasis
{
    private ExchangeBasis(IReadOnlyList<ExchangeTotal> delivering, string note)
    {
        Delivering = delivering;
        Note = note;
    }

    /// <summary>The counted exchanges that delivered something in the period.</summary>
    public IReadOnlyList<ExchangeTotal> Delivering { get; }

    /// <summary>What the exchange figures rest on.</summary>
    public string Note { get; }

    public static ExchangeBasis Of(IReadOnlyList<ExchangeTotal> exchanges)
    {
        var implemented = exchanges.Where(e => e.Implemented).ToList();
        return implemented.Count > 0
            ? new ExchangeBasis(implemented.Where(e => e.Quantity > 0).ToList(), "implemented exchanges (metered flows)")
            : new ExchangeBasis(
                exchanges.Where(e => e.Quantity > 0).ToList(),
                "observed opportunities (potential: surplus and need at the same time); no implemented exchange recorded");
    }

    /// <summary>Delivered quantity of one resource.</summary>
    public double Quantity(Resource resource) => Delivering.Where(e => e.Resource == resource).Sum(e => e.Quantity);
}
