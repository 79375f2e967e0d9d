namespace ResourceMonitor.Domain.Catalog;

/// <summary>Where a meter sits in a plant's flows.</summary>
public enum MeterRole
{
    /// <summary>A resource taken in (grid power, city water, gas, a boiler's heat output that an offer could replace).</summary>
    Intake,
    /// <summary>A resource produced for use or sale (a power plant's output).</summary>
    Output,
    /// <summary>A resource released or left over (rejected heat, treated effluent, waste stock).</summary>
    Discharge,
    /// <summary>Production volume, the driver of specific consumption.</summary>
    Production,
    /// <summary>Ambient conditions (outdoor temperature).</summary>
    Ambient,
}
