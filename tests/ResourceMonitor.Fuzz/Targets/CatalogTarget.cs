using System.Text;
using ResourceMonitor.Domain.Access;
using ResourceMonitor.Domain.Catalog;

namespace ResourceMonitor.Fuzz.Targets;

/// <summary>
/// The park catalog loader: a catalog (from which the broker access policy derives), or <see cref="CatalogException"/> (its
/// documented result for a bad file) naming every problem; nothing else.
/// </summary>
public sealed class CatalogTarget : IFuzzTarget
{
    /// <inheritdoc />
    public string Name => "catalog";

    /// <inheritdoc />
    public void Run(byte[] input)
    {
        ParkCatalog catalog;
        try
        {
            catalog = ParkCatalogLoader.Parse(Encoding.UTF8.GetString(input), "fuzz-input.json");
        }
        catch (CatalogException ex)
        {
            Invariant.That(ex.Problems.Count > 0, "a refused catalog names no problem");
            Invariant.That(ex.Problems.All(p => !string.IsNullOrWhiteSpace(p)), "a refused catalog names an empty problem");
            return;
        }

        _ = BrokerAccessPolicy.For(catalog);
    }
}
