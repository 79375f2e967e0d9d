using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.Time.Testing;
using ResourceMonitor.Contracts;
using ResourceMonitor.Edge.Inputs;
using ResourceMonitor.Edge.Normalisation;

namespace ResourceMonitor.Fuzz.Targets;

/// <summary>
/// One edge input format, as the agent runs it: the input is a payload on the topic of every testdata case of the format,
/// mapped with that case's mappings (a fresh mapper each time, so a stateful format starts from nothing) and normalised.
/// For a birth topic (Sparkplug B NBIRTH/DBIRTH) the input is also read as the DATA message that follows the case's own
/// birth, so the fuzzer reaches the data path. Invariant: no format throws (a throw surfaces as <c>format_failed</c>),
/// every rejection has a code and a reason, and every reading the normaliser accepts passes the contract.
/// </summary>
public sealed class EdgeFormatTarget : IFuzzTarget
{
    private readonly IReadOnlyList<FormatCase> _cases;

    /// <summary>The target over the cases of format folder <paramref name="folder"/>, named <paramref name="name"/>.</summary>
    public EdgeFormatTarget(string name, string folder)
    {
        Name = name;
        _cases = FormatCase.Of(folder);
    }

    /// <inheritdoc />
    public string Name { get; }

    /// <inheritdoc />
    public void Run(byte[] input)
    {
        foreach (var c in _cases)
        {
            MapAndCheck(c, NewSession(c), c.Topic, input);
            if (DataTopicAfter(c.Topic) is { } dataTopic)
            {
                var session = NewSession(c);
                session.Mapper.Map(c.Topic, c.Payload, c.ReceivedAt);
                MapAndCheck(c, session, dataTopic, input);
            }
        }
    }

    private static (MessageMapper Mapper, Normaliser Normaliser) NewSession(FormatCase c) =>
        (new MessageMapper(c.Mappings, c.Zone, NullLogger.Instance),
         new Normaliser(Options.Create(new NormalisationOptions()), new FakeTimeProvider(c.ReceivedAt)));

    private static void MapAndCheck(FormatCase c, (MessageMapper Mapper, Normaliser Normaliser) session, string topic, byte[] input)
    {
        var mapped = session.Mapper.Map(topic, input, c.ReceivedAt);
        foreach (var rejection in mapped.Rejections)
        {
            Invariant.That(rejection.Code != RejectionCodes.FormatFailed, $"{c.Name}: the format threw: {rejection.Text}");
            Invariant.That(!string.IsNullOrWhiteSpace(rejection.Code) && !string.IsNullOrWhiteSpace(rejection.Text), $"{c.Name}: a rejection without code or reason");
        }

        var readings = new List<Reading>();
        foreach (var value in mapped.Values)
        {
            var outcome = session.Normaliser.Normalise(value);
            if (outcome.Status == NormalisedStatus.Accepted)
            {
                readings.Add(outcome.Reading!);
            }
            else
            {
                Invariant.That(!string.IsNullOrWhiteSpace(outcome.Reason), $"{c.Name}: a normaliser refusal without a reason");
            }
        }

        Invariant.ContractAccepts(readings);
    }

    private static string? DataTopicAfter(string topic) =>
        topic.Contains("/NBIRTH/", StringComparison.Ordinal) ? topic.Replace("/NBIRTH/", "/NDATA/", StringComparison.Ordinal)
        : topic.Contains("/DBIRTH/", StringComparison.Ordinal) ? topic.Replace("/DBIRTH/", "/DDATA/", StringComparison.Ordinal)
        : null;
}
