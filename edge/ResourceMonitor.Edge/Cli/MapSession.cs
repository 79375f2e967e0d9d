using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using ResourceMonitor.Contracts;
using ResourceMonitor.Edge.Inputs;
using ResourceMonitor.Edge.Normalisation;

namespace ResourceMonitor.Edge.Cli;

/// <summary>
/// One pipeline state for a <c>map</c> run, as the agent keeps it: one mapper and one normaliser (counter state, duplicates)
/// over every message, with the agent's normalisation limits.
/// </summary>
public sealed class MapSession
{
    private readonly MessageMapper _mapper;
    private readonly Normaliser _normaliser;
    private readonly TimeProvider _time;

    /// <summary>A session over <paramref name="mappings"/> with the agent's <paramref name="limits"/>, judged by <paramref name="time"/>.</summary>
    public MapSession(IReadOnlyList<CompiledMapping> mappings, TimeZoneInfo zone, NormalisationOptions limits, TimeProvider time)
    {
        _mapper = new MessageMapper(mappings, zone, NullLogger.Instance);
        _normaliser = new Normaliser(Options.Create(limits), time);
        _time = time;
    }

    /// <summary>Maps and normalises one message; every rejection, duplicate and doubtful reading is told to <paramref name="notes"/>.</summary>
    public IReadOnlyList<Reading> Map(string topic, byte[] payload, TextWriter notes, string prefix = "")
    {
        var mapped = _mapper.Map(topic, payload, _time.GetUtcNow());
        foreach (var rejection in mapped.Rejections)
        {
            notes.WriteLine($"{prefix}rejected ({rejection.Code}): {rejection.Text}");
        }

        if (mapped.Unmapped is { } unmapped)
        {
            notes.WriteLine($"{prefix}unmapped: {unmapped}");
        }

        var readings = new List<Reading>();
        foreach (var value in mapped.Values)
        {
            var outcome = _normaliser.Normalise(value);
            switch (outcome.Status)
            {
                case NormalisedStatus.Accepted:
                    readings.Add(outcome.Reading!);
                    if (outcome.Reading!.Quality != ReadingQuality.Good)
                    {
                        notes.WriteLine($"{prefix}{outcome.Reading.Quality.ToString().ToLowerInvariant()}: meter {value.Binding.Meter}: {outcome.Reason}");
                    }

                    break;
                case NormalisedStatus.Duplicate:
                    notes.WriteLine($"{prefix}duplicate: meter {value.Binding.Meter}: {outcome.Reason}");
                    break;
                default:
                    notes.WriteLine($"{prefix}rejected ({RejectionCodes.Normalisation}): meter {value.Binding.Meter}: {outcome.Reason}");
                    break;
            }
        }

        return readings;
    }
}
