namespace ResourceMonitor.Domain.Baselines.Weather;

/// <summary>The weather dependence of a candidate model (CalTRACK's four daily forms).</summary>
public enum WeatherModelForm
{
    /// <summary>No degree-day term: consumption is the intercept plus any other drivers.</summary>
    InterceptOnly,

    /// <summary>Heating degree days at one balance point.</summary>
    Heating,

    /// <summary>Cooling degree days at one balance point.</summary>
    Cooling,

    /// <summary>Heating and cooling degree days, the heating balance point not above the cooling one.</summary>
    HeatingAndCooling,
}
