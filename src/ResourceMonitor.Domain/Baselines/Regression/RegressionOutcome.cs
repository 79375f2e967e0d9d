using System.Diagnostics.CodeAnalysis;

namespace ResourceMonitor.Domain.Baselines.Regression;

/// <summary>Either a fitted model or a refusal with its reason.</summary>
public sealed record RegressionOutcome
{
    private RegressionOutcome(RegressionModel? model, RegressionRefusal? refusal)
    {
        Model = model;
        Refusal = refusal;
    }

    /// <summary>The model, when fitted.</summary>
    public RegressionModel? Model { get; }

    /// <summary>The refusal, when not fitted.</summary>
    public RegressionRefusal? Refusal { get; }

    /// <summary>Whether a model was fitted.</summary>
    [MemberNotNullWhen(true, nameof(Model))]
    [MemberNotNullWhen(false, nameof(Refusal))]
    public bool IsFitted => Model is not null;

    /// <summary>A fitted model.</summary>
    public static RegressionOutcome Fitted(RegressionModel model) => new(model, null);

    /// <summary>A refusal.</summary>
    public static RegressionOutcome Refused(RefusalReason reason, string detail) => new(null, new RegressionRefusal(reason, detail));
}
