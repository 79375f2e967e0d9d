namespace ResourceMonitor.Domain.Exchanges;

/// <summary>
/// The workflow's transitions, pure: one step forward at a time (proposed → under discussion → agreed → implemented),
/// declined from any stage with a reason, proposed again after a decline. Implementing also needs legal clearance.
/// </summary>
public static class ExchangeWorkflow
{
    /// <summary>The longest reason kept (characters).</summary>
    public const int MaxReasonLength = 500;

    /// <summary>
    /// Why <paramref name="current"/> (null: never proposed) cannot move to <paramref name="target"/>, or null when it
    /// can; <paramref name="legal"/> is the exchange's legal position at the time of the move.
    /// </summary>
    public static string? WhyNot(ExchangeStage? current, ExchangeStage target, string? reason, LegalPosition legal)
    {
        if (reason is { Length: > MaxReasonLength })
        {
            return $"the reason is longer than {MaxReasonLength} characters";
        }

        if (target == ExchangeStage.Declined)
        {
            return current is null ? "an opportunity that was never proposed cannot be declined; propose it first"
                : current == ExchangeStage.Declined ? "it is declined already"
                : string.IsNullOrWhiteSpace(reason) ? "a decline needs a reason"
                : null;
        }

        var allowed = Next(current);
        if (allowed is null)
        {
            return $"{Describe(current)} is the last stage; it can only be declined";
        }

        if (target != allowed)
        {
            return $"from {Describe(current)} the next stage is {Describe(allowed)}, not {Describe(target)}";
        }

        return target == ExchangeStage.Implemented && !legal.ClearToImplement ? legal.Why : null;
    }

    /// <summary>The one forward stage after <paramref name="current"/> (null after implemented).</summary>
    public static ExchangeStage? Next(ExchangeStage? current) => current switch
    {
        null or ExchangeStage.Declined => ExchangeStage.Proposed,
        ExchangeStage.Proposed => ExchangeStage.UnderDiscussion,
        ExchangeStage.UnderDiscussion => ExchangeStage.Agreed,
        ExchangeStage.Agreed => ExchangeStage.Implemented,
        _ => null,
    };

    /// <summary>How a stage is spelled in messages and JSON ("under-discussion"; "not proposed" for none).</summary>
    public static string Describe(ExchangeStage? stage) => stage switch
    {
        null => "not proposed",
        ExchangeStage.UnderDiscussion => "under-discussion",
        { } s => s.ToString().ToLowerInvariant(),
    };
}
