namespace ResourceMonitor.Domain.Catalog;

/// <summary>Water quality grades, ordered: a higher grade serves every use of a lower one.</summary>
public enum WaterGrade
{
    /// <summary>Fit for irrigation and dust suppression only.</summary>
    Irrigation = 1,
    /// <summary>Fit for cooling-tower make-up.</summary>
    Cooling = 2,
    /// <summary>Fit for process use (washing, dyeing baths).</summary>
    Process = 3,
    /// <summary>Drinking-water quality.</summary>
    Potable = 4,
}
