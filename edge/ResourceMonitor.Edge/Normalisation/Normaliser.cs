using System.Globalization;
using Microsoft.Extensions.Options;
using ResourceMonitor.Contracts;
using ResourceMonitor.Contracts.Codec;
using ResourceMonitor.Domain.Counters;

namespace ResourceMonitor.Edge.Normalisation;

/// <summary>
/// Turns raw meter values into canonical readings: unit conversion, the meter's time or the receive time, a timestamp window,
/// and counter semantics (<see cref="CounterInterpreter"/>: resets, spikes and restart glitches are marked suspect, never negative use;
/// exact duplicates are dropped). Keeps per-meter state; used by one pipeline loop at a time. Counter state is restored from
/// and saved to a <see cref="CounterStateFile"/> when one is given (<see cref="Persist"/>, at most every
/// <see cref="NormalisationOptions.CounterStateInterval"/>).
/// </summary>
public sealed class Normaliser
{
    private readonly NormalisationOptions _options;
    private readonly TimeProvider _time;
    private readonly CounterStateFile? _stateFile;
    private readonly IReadOnlyDictionary<string, CounterState> _restored;
    private readonly Dictionary<string, CounterTrack> _counters = new(StringComparer.Ordinal);
    private readonly Dictionary<string, (DateTimeOffset Ts, double Value)> _lastGauge = new(StringComparer.Ordinal);
    private DateTimeOffset _savedAt = DateTimeOffset.MinValue;
    private bool _changed;

    /// <summary>A normaliser with the configured timestamp window; counter state persisted in <paramref name="stateFile"/> when given.</summary>
    public Normaliser(IOptions<NormalisationOptions> options, TimeProvider time, CounterStateFile? stateFile = null)
    {
        _options = options.Value;
        _time = time;
        _stateFile = stateFile;
        _restored = stateFile?.Read() ?? new Dictionary<string, CounterState>();
    }

    /// <summary>Saves the counter state if it changed and the interval has passed (or <paramref name="now"/> is true); false when nothing was written.</summary>
    public bool Persist(bool now = false)
    {
        if (_stateFile is null || !_changed || (!now && _time.GetUtcNow() - _savedAt < _options.CounterStateInterval))
        {
            return false;
        }

        var states = new Dictionary<string, CounterState>(_restored, StringComparer.Ordinal);
        foreach (var (meter, track) in _counters)
        {
            states[meter] = track.State;
        }

        _stateFile.Write(states);
        _savedAt = _time.GetUtcNow();
        _changed = false;
        return true;
    }

    /// <summary>Normalises one value.</summary>
    public NormalisedOutcome Normalise(MeterValue value)
    {
        var binding = value.Binding;
        var canonical = binding.Conversion.Apply(value.Value);
        if (!double.IsFinite(canonical))
        {
            return Rejected($"value {value.Value} {binding.Conversion.SourceUnit} is not a finite number in {binding.Conversion.CanonicalUnit}");
        }

        // The worker would refuse it as out_of_range after the agent had buffered and sent it: refused here, with the reason.
        if (Math.Abs(canonical) > ContractLimits.Default.MaxAbsoluteValue)
        {
            return Rejected($"value {canonical.ToString("R", CultureInfo.InvariantCulture)} {binding.Conversion.CanonicalUnit} exceeds the contract bound of ±{ContractLimits.Default.MaxAbsoluteValue:G}");
        }

        var ts = (value.MeterTime ?? value.ReceivedAt).ToUniversalTime();
        var now = _time.GetUtcNow();
        if (ts > now + _options.MaxFuture)
        {
            return Rejected($"timestamp {ts:O} is more than {_options.MaxFuture} ahead of the agent clock {now:O}");
        }

        if (ts < now - _options.MaxPast)
        {
            return Rejected($"timestamp {ts:O} is more than {_options.MaxPast} behind the agent clock {now:O}");
        }

        return binding.Kind == ReadingKind.Counter ? Counter(binding, ts, canonical, value) : Gauge(binding, ts, canonical, value);
    }

    /// <summary>
    /// What the source says of the value: the device's status flag or a suspect source quality (Sparkplug STALE, data after a
    /// sequence gap) make it suspect; a conversion that assumes what was not measured (amperes to kW) or an estimated
    /// source quality make it an estimate.
    /// </summary>
    private static (ReadingQuality Quality, string Reason) Quality(MeterBinding binding, MeterValue value) =>
        value.DeviceFlag is not null ? (ReadingQuality.Suspect, $"flagged by the device: {value.DeviceFlag}")
        : value.Quality == ReadingQuality.Suspect ? (ReadingQuality.Suspect, "flagged by the source (quality suspect)")
        : binding.Conversion.IsEstimate ? (ReadingQuality.Estimated, $"estimated from {binding.Conversion.SourceUnit} with a configured supply")
        : value.Quality == ReadingQuality.Estimated ? (ReadingQuality.Estimated, "estimated by the source")
        : (ReadingQuality.Good, string.Empty);

    private NormalisedOutcome Counter(MeterBinding binding, DateTimeOffset ts, double value, MeterValue source)
    {
        if (value < 0)
        {
            return Rejected($"counter value {value} is negative");
        }

        if (!_counters.TryGetValue(binding.Meter, out var track))
        {
            track = new CounterTrack(new CounterInterpreter(binding.Counter), _restored.GetValueOrDefault(binding.Meter));
            _counters.Add(binding.Meter, track);
        }

        var sample = new CounterSample(ts, value);
        var (sourceQuality, _) = Quality(binding, source);
        var step = sourceQuality == ReadingQuality.Suspect
            ? track.Flag(sample, source.DeviceFlag ?? "source quality suspect")
            : track.Next(sample);
        _changed = true;
        if (step.IsRedundant)
        {
            return new NormalisedOutcome(NormalisedStatus.Duplicate, null, step.Reason);
        }

        var quality = step.IsSuspect ? ReadingQuality.Suspect : sourceQuality;
        var reading = new Reading(binding.Meter, ts, value, binding.Conversion.CanonicalUnit, ReadingKind.Counter, quality);
        return new NormalisedOutcome(NormalisedStatus.Accepted, reading, step.Reason);
    }

    private NormalisedOutcome Gauge(MeterBinding binding, DateTimeOffset ts, double value, MeterValue source)
    {
        if (_lastGauge.TryGetValue(binding.Meter, out var last) && last.Ts == ts && last.Value.Equals(value))
        {
            return new NormalisedOutcome(NormalisedStatus.Duplicate, null, "same time and value as the previous reading");
        }

        _lastGauge[binding.Meter] = (ts, value);
        var (quality, reason) = Quality(binding, source);
        var reading = new Reading(binding.Meter, ts, value, binding.Conversion.CanonicalUnit, ReadingKind.Gauge, quality);
        return new NormalisedOutcome(NormalisedStatus.Accepted, reading, reason);
    }

    private static NormalisedOutcome Rejected(string reason) => new(NormalisedStatus.Rejected, null, reason);
}
