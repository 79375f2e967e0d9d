namespace ResourceMonitor.Domain.Calendar;

/// <summary>Which country's public holidays a park keeps.</summary>
public enum NationalHolidays
{
    /// <summary>None: only the catalog's own days.</summary>
    None,

    /// <summary>Vietnam (<see cref="VietnamesePublicHolidays"/>).</summary>
    Vietnam,
}
