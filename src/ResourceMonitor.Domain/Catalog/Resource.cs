namespace ResourceMonitor.Domain.Catalog;

/// <summary>What a meter measures.</summary>
public enum Resource
{
    /// <summary>Electric energy or power.</summary>
    Electricity,
    /// <summary>Heat carried by hot water or another fluid.</summary>
    Heat,
    /// <summary>Heat carried by steam.</summary>
    Steam,
    /// <summary>Water volume or flow.</summary>
    Water,
    /// <summary>Fuel gas (energy content).</summary>
    Gas,
    /// <summary>Solid or sludge waste and by-products (mass).</summary>
    Waste,
    /// <summary>Production output (a count or mass of product).</summary>
    Production,
    /// <summary>Outdoor conditions (temperature).</summary>
    Weather,
}
