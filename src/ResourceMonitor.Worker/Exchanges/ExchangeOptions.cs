using System.ComponentModel.DataAnnotations;

namespace ResourceMonitor.Worker.Exchanges;

/// <summary>The exchange workflow and legal register (section <c>Exchanges</c>).</summary>
public sealed class ExchangeOptions
{
    /// <summary>The configuration section.</summary>
    public const string Section = "Exchanges";

    /// <summary>
    /// The append-only journal of workflow changes and licence records (one JSON line each, relative to the content
    /// root): the register is rebuilt from it at start-up, so it survives restarts and is its own audit trail.
    /// </summary>
    [Required]
    public string JournalPath { get; set; } = "data/exchanges/journal.jsonl";
}
