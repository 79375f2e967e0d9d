namespace ResourceMonitor.Edge.Inputs.SparkplugB;

/// <summary>
/// A Sparkplug B topic, <c>spBv1.0/{group}/{type}/{edge node}[/{device}]</c>: device messages (DBIRTH, DDEATH, DDATA, DCMD)
/// have the device level, edge node messages do not.
/// </summary>
/// <param name="Group">The Sparkplug group id.</param>
/// <param name="Type">The message type.</param>
/// <param name="EdgeNode">The edge node id.</param>
/// <param name="Device">The device id; empty for an edge node's own messages.</param>
public sealed record SparkplugTopic(string Group, SparkplugMessageType Type, string EdgeNode, string Device)
{
    /// <summary>The Sparkplug B topic namespace (first level).</summary>
    public const string Namespace = "spBv1.0";

    /// <summary>Parses a message's topic; false for anything that is not a Sparkplug B edge node or device topic (STATE included).</summary>
    public static bool TryParse(string topic, out SparkplugTopic parsed)
    {
        parsed = null!;
        var levels = topic.Split('/');
        if (levels.Length is < 4 or > 5 || levels[0] != Namespace || !Enum.TryParse<SparkplugMessageType>(levels[2], ignoreCase: false, out var type)
            || levels[2] != type.ToString() || levels.Any(l => l.Length == 0))
        {
            return false;
        }

        var isDeviceType = levels[2][0] == 'D';
        if (isDeviceType != (levels.Length == 5))
        {
            return false;
        }

        parsed = new SparkplugTopic(levels[1], type, levels[3], isDeviceType ? levels[4] : string.Empty);
        return true;
    }

    /// <summary>
    /// Parses a mapping's topic, <c>spBv1.0/{group}/+/{edge node}</c> (the node's own metrics) or
    /// <c>spBv1.0/{group}/+/{edge node}/{device}</c>: the message type level is <c>+</c>, the others are exact ids.
    /// </summary>
    public static bool TryParseMappingTopic(string topic, out string group, out string edgeNode, out string device)
    {
        group = edgeNode = device = string.Empty;
        var levels = topic.Split('/');
        if (levels.Length is < 4 or > 5 || levels[0] != Namespace || levels[2] != "+"
            || levels.Where((l, i) => i != 2).Any(l => l.Length == 0 || l.Contains('+', StringComparison.Ordinal) || l.Contains('#', StringComparison.Ordinal)))
        {
            return false;
        }

        group = levels[1];
        edgeNode = levels[3];
        device = levels.Length == 5 ? levels[4] : string.Empty;
        return true;
    }

    /// <summary>The filter that carries every message of one edge node and its devices (<c>#</c> also matches the node's own level).</summary>
    public static string NodeFilter(string group, string edgeNode) => $"{Namespace}/{group}/+/{edgeNode}/#";
}
