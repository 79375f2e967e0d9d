namespace ResourceMonitor.Domain.Baselines.Weather;

/// <summary>Why a weather candidate model was not kept (CalTRACK section 3.4.3).</summary>
public enum CandidateRejection
{
    /// <summary>Kept: it qualifies.</summary>
    None,

    /// <summary>Too few periods with degree days, or too few degree days in total, at this balance point: not tried.</summary>
    TooFewDegreeDays,

    /// <summary>The fit was refused (collinear with another term, constant...).</summary>
    NotFitted,

    /// <summary>A degree-day slope is zero or negative: more heat used when it is warmer is not a heating load.</summary>
    NonPositiveSlope,

    /// <summary>A degree-day slope's p-value is not below <see cref="WeatherSearchOptions.MaxSlopePValue"/>.</summary>
    SlopeNotSignificant,

    /// <summary>The intercept (base load) is negative.</summary>
    NegativeIntercept,
}
