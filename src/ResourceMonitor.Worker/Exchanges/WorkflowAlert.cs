using ResourceMonitor.Domain.Exchanges;

namespace ResourceMonitor.Worker.Exchanges;

/// <summary>The alert event of a workflow change on <c>rm/v1/{park}/alerts</c> and the two plants' alert topics.</summary>
/// <param name="Type">Always <see cref="AlertType"/>.</param>
/// <param name="Park">The park.</param>
/// <param name="Ts">When it was recorded.</param>
/// <param name="Change">The change (who, from, to, why).</param>
/// <param name="Exchange">The exchange after it.</param>
public sealed record WorkflowAlert(string Type, string Park, DateTimeOffset Ts, WorkflowChange Change, ExchangeView Exchange)
{
    /// <summary>The <c>type</c> of every workflow alert.</summary>
    public const string AlertType = "exchange_workflow";
}
