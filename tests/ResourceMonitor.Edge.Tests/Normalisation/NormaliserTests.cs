using Microsoft.Extensions.Options;
using Microsoft.Extensions.Time.Testing;
using ResourceMonitor.Contracts;
using ResourceMonitor.Domain.Counters;
using ResourceMonitor.Domain.Units;
using ResourceMonitor.Edge.Normalisation;

namespace ResourceMonitor.Edge.Tests.Normalisation;

public sealed class NormaliserTests
{
    private static readonly DateTimeOffset Now = new(2026, 11, 29, 8, 0, 0, TimeSpan.Zero);
    private readonly FakeTimeProvider _time = new(Now);

    private Normaliser Create() => new(Options.Create(new NormalisationOptions { MaxFuture = TimeSpan.FromMinutes(5), MaxPast = TimeSpan.FromDays(1) }), _time);

    private static MeterBinding Counter(string unit = "Wh", CounterSpec? spec = null) =>
        new("m1", ReadingKind.Counter, UnitResolver.Resolve(unit, ReadingKind.Counter).Conversion!, spec ?? CounterSpec.Unknown);

    private static MeterBinding Gauge(string unit) =>
        new("g1", ReadingKind.Gauge, UnitResolver.Resolve(unit, ReadingKind.Gauge).Conversion!, CounterSpec.Unknown);

    private static MeterValue At(MeterBinding b, double value, double minutes) => new(b, value, Now.AddMinutes(minutes), Now);

    [Fact]
    public void Values_are_converted_to_the_canonical_unit()
    {
        var outcome = Create().Normalise(At(Counter("Wh"), 1500, -1));

        Assert.Equal(NormalisedStatus.Accepted, outcome.Status);
        Assert.Equal(1.5, outcome.Reading!.Value, 9);
        Assert.Equal("kWh", outcome.Reading.Unit);
        Assert.Equal(ReadingQuality.Good, outcome.Reading.Quality);
    }

    [Fact]
    public void A_value_beyond_the_contracts_bound_in_the_canonical_unit_is_refused_at_the_edge_with_the_reason()
    {
        // Found by fuzzing (format-shelly-gen1, corpus crash-value-beyond-contract-bound.txt): 2.8e32 Wh was buffered and
        // sent, and only the worker refused it (out_of_range).
        var normaliser = Create();

        var beyond = normaliser.Normalise(At(Gauge("W"), 2e18, -2)); // 2e15 kW
        var negative = normaliser.Normalise(At(Gauge("W"), -2e18, -1));
        var atTheBound = normaliser.Normalise(At(Gauge("W"), 1e18, -1)); // 1e15 kW

        Assert.Equal(NormalisedStatus.Rejected, beyond.Status);
        Assert.Contains("value 2000000000000000 kW exceeds the contract bound of ±1000000000000000", beyond.Reason, StringComparison.Ordinal);
        Assert.Equal(NormalisedStatus.Rejected, negative.Status);
        Assert.Equal(NormalisedStatus.Accepted, atTheBound.Status);
    }

    [Fact]
    public void The_meter_time_is_kept_and_the_receive_time_used_without_one()
    {
        var normaliser = Create();
        var withTime = normaliser.Normalise(At(Gauge("W"), 100, -3));
        var without = normaliser.Normalise(new MeterValue(Gauge("W"), 100, null, Now.AddSeconds(-2)));

        Assert.Equal(Now.AddMinutes(-3), withTime.Reading!.Timestamp);
        Assert.Equal(Now.AddSeconds(-2), without.Reading!.Timestamp);
    }

    [Fact]
    public void Exact_duplicates_are_dropped()
    {
        var normaliser = Create();
        normaliser.Normalise(At(Counter(), 1000, -2));

        var duplicate = normaliser.Normalise(At(Counter(), 1000, -2));
        var gaugeFirst = normaliser.Normalise(At(Gauge("kW"), 5, -2));
        var gaugeDuplicate = normaliser.Normalise(At(Gauge("kW"), 5, -2));

        Assert.Equal(NormalisedStatus.Duplicate, duplicate.Status);
        Assert.Equal(NormalisedStatus.Accepted, gaugeFirst.Status);
        Assert.Equal(NormalisedStatus.Duplicate, gaugeDuplicate.Status);
    }

    [Fact]
    public void Counter_reset_is_marked_suspect_and_keeps_the_true_register_value()
    {
        var normaliser = Create();
        normaliser.Normalise(At(Counter("kWh"), 5000, -3));

        var reset = normaliser.Normalise(At(Counter("kWh"), 3, -2));

        Assert.Equal(NormalisedStatus.Accepted, reset.Status);
        Assert.Equal(ReadingQuality.Suspect, reset.Reading!.Quality);
        Assert.Equal(3, reset.Reading.Value);
        Assert.Contains("reset", reset.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void A_transient_zero_is_suspect_and_the_recovery_is_good_again()
    {
        var normaliser = Create();
        var binding = Counter("kWh", CounterSpec.For("kWh"));
        normaliser.Normalise(At(binding, 25_567.5, -3));

        var zero = normaliser.Normalise(At(binding, 0, -2));
        var back = normaliser.Normalise(At(binding, 25_567.6, -1));

        Assert.Equal(ReadingQuality.Suspect, zero.Reading!.Quality);
        Assert.Equal(ReadingQuality.Good, back.Reading!.Quality);
    }

    [Fact]
    public void Counter_state_survives_a_restart_so_a_reset_during_the_downtime_is_seen()
    {
        var directory = Directory.CreateTempSubdirectory("rm-counter-state-").FullName;
        try
        {
            var options = Options.Create(new NormalisationOptions { MaxPast = TimeSpan.FromDays(1) });
            var binding = Counter("kWh", CounterSpec.For("kWh"));
            var before = new Normaliser(options, _time, new CounterStateFile(directory));
            before.Normalise(At(binding, 5_000, -3));
            Assert.True(before.Persist(now: true));

            // The old agent kept its state in memory only: after a restart the 3 was a first value, quality good.
            var after = new Normaliser(options, _time, new CounterStateFile(directory));
            var reset = after.Normalise(At(binding, 3, -2));

            Assert.Equal(ReadingQuality.Suspect, reset.Reading!.Quality);
        }
        finally
        {
            Directory.Delete(directory, recursive: true);
        }
    }

    [Fact]
    public void Counter_state_is_saved_at_most_once_per_interval_and_only_when_it_changed()
    {
        var directory = Directory.CreateTempSubdirectory("rm-counter-state-").FullName;
        try
        {
            var normaliser = new Normaliser(Options.Create(new NormalisationOptions { MaxPast = TimeSpan.FromDays(1), CounterStateInterval = TimeSpan.FromSeconds(10) }), _time, new CounterStateFile(directory));
            Assert.False(normaliser.Persist());
            normaliser.Normalise(At(Counter("kWh"), 5_000, -3));
            Assert.True(normaliser.Persist());
            normaliser.Normalise(At(Counter("kWh"), 5_001, -2));
            Assert.False(normaliser.Persist());
            _time.Advance(TimeSpan.FromSeconds(10));
            Assert.True(normaliser.Persist());
            Assert.False(normaliser.Persist(now: true));
        }
        finally
        {
            Directory.Delete(directory, recursive: true);
        }
    }

    [Fact]
    public void A_rollover_at_the_configured_register_size_stays_good()
    {
        var normaliser = Create();
        var binding = Counter("kWh", new CounterSpec(RegisterMax: 100_000));
        normaliser.Normalise(At(binding, 99_990, -3));

        var wrapped = normaliser.Normalise(At(binding, 4, -2));

        Assert.Equal(ReadingQuality.Good, wrapped.Reading!.Quality);
        Assert.Contains("wrapped", wrapped.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void A_reading_too_far_in_the_future_is_rejected_with_a_reason()
    {
        var outcome = Create().Normalise(At(Gauge("kW"), 1, 6));

        Assert.Equal(NormalisedStatus.Rejected, outcome.Status);
        Assert.Contains("ahead of the agent clock", outcome.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void A_reading_too_far_in_the_past_is_rejected_with_a_reason()
    {
        var outcome = Create().Normalise(At(Gauge("kW"), 1, -(24 * 60) - 1));

        Assert.Equal(NormalisedStatus.Rejected, outcome.Status);
        Assert.Contains("behind the agent clock", outcome.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void Clock_skew_inside_the_window_is_accepted()
    {
        var normaliser = Create();

        Assert.Equal(NormalisedStatus.Accepted, normaliser.Normalise(At(Gauge("kW"), 1, 4)).Status);
        Assert.Equal(NormalisedStatus.Accepted, normaliser.Normalise(At(Gauge("kW"), 2, -(23 * 60))).Status);
    }

    [Fact]
    public void A_negative_counter_is_rejected()
    {
        Assert.Equal(NormalisedStatus.Rejected, Create().Normalise(At(Counter(), -1, -1)).Status);
    }
}
