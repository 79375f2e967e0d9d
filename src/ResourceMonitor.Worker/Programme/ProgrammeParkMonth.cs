using ResourceMonitor.Domain.Programme;

namespace ResourceMonitor.Worker.Programme;

/// <summary>One park's indicators for one month of a programme report.</summary>
/// <param name="Park">Park id.</param>
/// <param name="Name">Park name.</param>
/// <param name="Month">The month, <c>yyyy-MM</c>, in the park's time zone.</param>
/// <param name="Currency">The park's currency (money indicators).</param>
/// <param name="Values">One value per indicator, in the order of the report's definitions.</param>
public sealed record ProgrammeParkMonth(string Park, string Name, string Month, string Currency, IReadOnlyList<IndicatorValue> Values)
{
    /// <summary>The value of indicator <paramref name="id"/>.</summary>
    public double? Value(string id) => Values.FirstOrDefault(v => v.Id == id)?.Value;
}
