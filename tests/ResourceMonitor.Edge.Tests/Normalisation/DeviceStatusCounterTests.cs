using System.Text;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.Time.Testing;
using ResourceMonitor.Contracts;
using ResourceMonitor.Domain.Counters;
using ResourceMonitor.Edge.Inputs;
using ResourceMonitor.Edge.Normalisation;

namespace ResourceMonitor.Edge.Tests.Normalisation;

/// <summary>A device's error status, end to end through the edge's mapper and normaliser: a flagged counter value is never booked.</summary>
public sealed class DeviceStatusCounterTests
{
    private static readonly DateTimeOffset T0 = new(2026, 11, 29, 8, 0, 0, TimeSpan.Zero);

    private static (MessageMapper Mapper, Normaliser Normaliser, FakeTimeProvider Time) Create()
    {
        var mapping = new MeterMappingOptions { Topic = "wmbusmeters/HeatMeter", Format = "wmbusmeters", Meter = "heat", Unit = "kWh", Kind = ReadingKind.Counter, Field = "total_energy_consumption_kwh" };
        var compiled = MappingCompiler.Compile([mapping], new PayloadFormats(), out var errors);
        Assert.Empty(errors);
        var time = new FakeTimeProvider(T0);
        return (new MessageMapper(compiled, TimeZoneInfo.Utc, NullLogger.Instance), new Normaliser(Options.Create(new NormalisationOptions()), time), time);
    }

    private static byte[] Telegram(double total, string status, DateTimeOffset at) =>
        Encoding.UTF8.GetBytes($$"""{"_":"telegram","media":"heat","meter":"kamheat","name":"HeatMeter","id":"67311842","total_energy_consumption_kwh":{{total}},"status":"{{status}}","timestamp":"{{at:yyyy-MM-ddTHH:mm:ssZ}}"}""");

    [Fact]
    public void Error_telegrams_of_zeros_are_suspect_and_the_next_good_value_books_only_the_real_use()
    {
        var (mapper, normaliser, time) = Create();
        var readings = new List<Reading>();
        (double Total, string Status)[] telegrams = [(18_310, "OK"), (0, "ERROR"), (0, "ERROR"), (0, "ERROR"), (0, "ERROR"), (18_312, "OK")];
        for (var i = 0; i < telegrams.Length; i++)
        {
            var at = T0.AddHours(i);
            time.SetUtcNow(at);
            var value = Assert.Single(mapper.Map("wmbusmeters/HeatMeter", Telegram(telegrams[i].Total, telegrams[i].Status, at), at).Values);
            readings.Add(normaliser.Normalise(value).Reading!);
        }

        Assert.Equal([ReadingQuality.Good, ReadingQuality.Suspect, ReadingQuality.Suspect, ReadingQuality.Suspect, ReadingQuality.Suspect, ReadingQuality.Good], readings.Select(r => r.Quality));

        // What the worker books from them: suspect counter values are never taken (UsageAggregator), the rest through the same rules.
        var track = new CounterTrack(new CounterInterpreter(CounterSpec.For("kWh")));
        var booked = readings.Where(r => r.Quality != ReadingQuality.Suspect).Sum(r => track.Next(new CounterSample(r.Timestamp, r.Value)) is { IsCounted: true } s ? s.Consumption : 0);
        Assert.Equal(2, booked, 9);
    }

    [Fact]
    public void A_flagged_value_that_looks_plausible_is_still_not_the_baseline_of_the_next()
    {
        var (mapper, normaliser, time) = Create();
        var outcomes = new List<NormalisedOutcome>();
        (double Total, string Status)[] telegrams = [(100, "OK"), (150, "LEAK"), (101, "OK")];
        for (var i = 0; i < telegrams.Length; i++)
        {
            var at = T0.AddMinutes(15 * i);
            time.SetUtcNow(at);
            outcomes.Add(normaliser.Normalise(Assert.Single(mapper.Map("wmbusmeters/HeatMeter", Telegram(telegrams[i].Total, telegrams[i].Status, at), at).Values)));
        }

        Assert.Equal(ReadingQuality.Suspect, outcomes[1].Reading!.Quality);
        Assert.Contains("flagged by the device (status is LEAK)", outcomes[1].Reason, StringComparison.Ordinal);
        // 101 continues from 100 (the flagged 150 was never a baseline), so it is plain use, not a drop held as a reset.
        Assert.Equal(ReadingQuality.Good, outcomes[2].Reading!.Quality);
    }
}
