namespace ResourceMonitor.Domain.Catalog;

/// <summary>
/// Water quality grades, ordered: a higher grade serves every use of a lower one. Treated effluent is the lowest: a
/// wastewater plant's outflow that meets its discharge standard (in Vietnam QCVN 40:2011/BTNMT) is fit to be released,
/// not yet to be used; even irrigation reuse asks for more (disinfection, ISO 16075), so only a need that states
/// treated effluent as its minimum (one that treats it on site, or a wash or dust-suppression use that accepts it)
/// takes it as it is.
/// </summary>
public enum WaterGrade
{
    /// <summary>Wastewater treated to its discharge standard, nothing more.</summary>
    TreatedEffluent = 0,

    /// <summary>Fit for irrigation and dust suppression only.</summary>
    Irrigation = 1,
    /// <summary>Fit for cooling-tower make-up.</summary>
    Cooling = 2,
    /// <summary>Fit for process use (washing, dyeing baths).</summary>
    Process = 3,
    /// <summary>Drinking-water quality.</summary>
    Potable = 4,
}
