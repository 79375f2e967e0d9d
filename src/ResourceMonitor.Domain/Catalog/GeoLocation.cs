namespace ResourceMonitor.Domain.Catalog;

/// <summary>A point on the earth in WGS 84 degrees.</summary>
public sealed record GeoLocation(double Latitude, double Longitude)
{
    private const double EarthRadiusMetres = 6_371_000;

    /// <summary>Great-circle (haversine) distance in metres: a lower bound of the pipe or road length.</summary>
    public double DistanceMetresTo(GeoLocation other)
    {
        var dLat = ToRadians(other.Latitude - Latitude);
        var dLon = ToRadians(other.Longitude - Longitude);
        var a = (Math.Sin(dLat / 2) * Math.Sin(dLat / 2))
            + (Math.Cos(ToRadians(Latitude)) * Math.Cos(ToRadians(other.Latitude)) * Math.Sin(dLon / 2) * Math.Sin(dLon / 2));
        return 2 * EarthRadiusMetres * Math.Asin(Math.Min(1, Math.Sqrt(a)));
    }

    private static double ToRadians(double degrees) => degrees * Math.PI / 180;
}
