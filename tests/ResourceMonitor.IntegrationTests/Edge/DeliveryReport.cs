using ResourceMonitor.Contracts;

namespace ResourceMonitor.IntegrationTests.Edge;

/// <summary>What arrived on the park broker against what the meters sent: distinct, lost, duplicated, order per meter.</summary>
public sealed record DeliveryReport(int Sent, int Delivered, int Distinct, int Lost, int Duplicated, int OutOfOrder)
{
    /// <summary>Compares <paramref name="received"/> (arrival order) with the expected (meter, ts) set.</summary>
    public static DeliveryReport Of(IReadOnlyCollection<(string Meter, DateTimeOffset Ts)> sent, IReadOnlyList<Reading> received)
    {
        var keys = received.Select(r => (r.Meter, r.Timestamp)).ToList();
        var distinct = keys.ToHashSet();
        var outOfOrder = 0;
        foreach (var meter in received.GroupBy(r => r.Meter))
        {
            var last = DateTimeOffset.MinValue;
            var seen = new HashSet<DateTimeOffset>();
            foreach (var reading in meter)
            {
                // A redelivered duplicate is not an order violation; a new reading older than one already seen is.
                if (seen.Add(reading.Timestamp))
                {
                    if (reading.Timestamp < last)
                    {
                        outOfOrder++;
                    }

                    last = reading.Timestamp;
                }
            }
        }

        return new DeliveryReport(sent.Count, keys.Count, distinct.Count, sent.Count(s => !distinct.Contains(s)), keys.Count - distinct.Count, outOfOrder);
    }

    /// <inheritdoc />
    public override string ToString() => $"sent {Sent}, delivered {Delivered} ({Distinct} distinct), lost {Lost}, duplicated {Duplicated}, out of order {OutOfOrder}";
}
