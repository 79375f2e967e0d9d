using InfluxDB.Client.Api.Domain;

namespace ResourceMonitor.Worker.Storage;

/// <summary>Line-protocol lines that share one timestamp precision: one write request's body.</summary>
/// <param name="Precision">The precision of every line's timestamp.</param>
/// <param name="Lines">The lines.</param>
public sealed record LineBatch(WritePrecision Precision, IReadOnlyList<string> Lines)
{
    /// <summary>The two halves, for a 413 or to find a bad line after a 400.</summary>
    public (LineBatch First, LineBatch Second) Split()
    {
        var half = Lines.Count / 2;
        return (this with { Lines = Lines.Take(half).ToArray() }, this with { Lines = Lines.Skip(half).ToArray() });
    }
}
