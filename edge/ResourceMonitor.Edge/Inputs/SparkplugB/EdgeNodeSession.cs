using ResourceMonitor.Edge.Inputs.SparkplugB.Protocol;
using Metric = ResourceMonitor.Edge.Inputs.SparkplugB.Protocol.Payload.Types.Metric;

namespace ResourceMonitor.Edge.Inputs.SparkplugB;

/// <summary>
/// What the agent knows of one edge node between its NBIRTH and its death: the <c>bdSeq</c> of the birth, the last
/// sequence number, the metrics its BIRTHs defined (by alias and by name), which devices are online, and whether a sequence
/// gap has made its data suspect. Kept in memory only: after an agent restart it is rebuilt from the node's next NBIRTH.
/// </summary>
public sealed class EdgeNodeSession
{
    private readonly Dictionary<ulong, SparkplugMetricDefinition> _aliases = [];
    private readonly Dictionary<(string Device, string Name), DataType> _types = [];
    private readonly HashSet<string> _devicesOnline = new(StringComparer.Ordinal);
    private int? _lastSeq;

    /// <summary>A session opened by an NBIRTH with <paramref name="bdSeq"/> and <paramref name="seq"/> (either may be missing in a non-conforming birth).</summary>
    public EdgeNodeSession(long? bdSeq, ulong? seq, IEnumerable<Metric> metrics)
    {
        BdSeq = bdSeq;
        _lastSeq = seq is <= 255 ? (int)seq : null;
        Define(string.Empty, metrics);
    }

    /// <summary>The birth/death sequence number of the NBIRTH that opened the session.</summary>
    public long? BdSeq { get; }

    /// <summary>False once a matching NDEATH arrived: nothing from the node is read until its next NBIRTH.</summary>
    public bool Online { get; private set; } = true;

    /// <summary>True after a sequence gap: a message may have been missed (a DBIRTH redefining aliases among them), so values are suspect until the next NBIRTH.</summary>
    public bool Suspect => Gaps > 0;

    /// <summary>How many sequence gaps this session has seen (the first is logged, all are counted).</summary>
    public int Gaps { get; private set; }

    /// <summary>Ends the session for an NDEATH whose <c>bdSeq</c> matches the birth's (or that has none); false for a stale death of an earlier connection.</summary>
    public bool Die(long? bdSeq)
    {
        if (!Online || (bdSeq is not null && BdSeq is not null && bdSeq != BdSeq))
        {
            return false;
        }

        Online = false;
        _devicesOnline.Clear();
        return true;
    }

    /// <summary>
    /// Takes the next message's sequence number: in order (last + 1, 255 wrapping to 0) or late (at most 127 behind: a
    /// redelivery) returns true; anything else, a missing number included, is a gap: false, and the session turns suspect.
    /// </summary>
    public bool Advance(ulong? seq, out int expected)
    {
        expected = _lastSeq is { } last ? (last + 1) % 256 : -1;
        if (seq is not { } got || got > 255)
        {
            Gaps++;
            return false;
        }

        var next = (int)got;
        if (_lastSeq is null || next == expected)
        {
            _lastSeq = next;
            return true;
        }

        if ((_lastSeq.Value - next + 256) % 256 < 128)
        {
            return true;
        }

        _lastSeq = next;
        Gaps++;
        return false;
    }

    /// <summary>A DBIRTH: the device's earlier definitions are replaced by these, and it is online.</summary>
    public void BirthOf(string device, IEnumerable<Metric> metrics)
    {
        foreach (var alias in _aliases.Where(a => a.Value.Device == device).Select(a => a.Key).ToList())
        {
            _aliases.Remove(alias);
        }

        foreach (var key in _types.Keys.Where(k => k.Device == device).ToList())
        {
            _types.Remove(key);
        }

        Define(device, metrics);
        _devicesOnline.Add(device);
    }

    /// <summary>A DDEATH: the device is offline until its next DBIRTH.</summary>
    public void DeathOf(string device) => _devicesOnline.Remove(device);

    /// <summary>True when the node is online and so is <paramref name="device"/> (empty: the node itself).</summary>
    public bool IsOnline(string device) => Online && (device.Length == 0 || _devicesOnline.Contains(device));

    /// <summary>The name and data type of a metric of <paramref name="device"/>: by its alias, else by its name; false with a reason when neither is known.</summary>
    public bool TryResolve(Metric metric, string device, out string name, out DataType type, out string reason)
    {
        name = string.Empty;
        type = DataType.Unknown;
        reason = string.Empty;
        if (metric.HasAlias && _aliases.TryGetValue(metric.Alias, out var definition))
        {
            if (definition.Device != device)
            {
                reason = $"alias {metric.Alias} belongs to {(definition.Device.Length == 0 ? "the edge node" : "device " + definition.Device)}, not to this {(device.Length == 0 ? "edge node" : "device")}";
                return false;
            }

            name = definition.Name;
            type = metric.HasDatatype ? (DataType)metric.Datatype : definition.Type;
            return true;
        }

        if (!metric.HasName)
        {
            reason = metric.HasAlias
                ? $"alias {metric.Alias} was not defined by the node's BIRTH messages"
                : "a metric with neither a name nor an alias";
            return false;
        }

        name = metric.Name;
        type = metric.HasDatatype ? (DataType)metric.Datatype : _types.GetValueOrDefault((device, metric.Name), DataType.Unknown);
        return true;
    }

    private void Define(string device, IEnumerable<Metric> metrics)
    {
        foreach (var metric in metrics.Where(m => m.HasName))
        {
            var definition = new SparkplugMetricDefinition(device, metric.Name, (DataType)metric.Datatype);
            _types[(device, metric.Name)] = definition.Type;
            if (metric.HasAlias)
            {
                _aliases[metric.Alias] = definition;
            }
        }
    }
}
