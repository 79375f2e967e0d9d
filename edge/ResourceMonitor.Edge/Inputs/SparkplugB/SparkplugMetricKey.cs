namespace ResourceMonitor.Edge.Inputs.SparkplugB;

/// <summary>Where a mapped metric lives: its group, edge node, device (empty for the node's own metrics) and its name as the BIRTH gives it.</summary>
/// <param name="Group">The Sparkplug group id.</param>
/// <param name="EdgeNode">The edge node id.</param>
/// <param name="Device">The device id, or empty.</param>
/// <param name="Metric">The metric name.</param>
public sealed record SparkplugMetricKey(string Group, string EdgeNode, string Device, string Metric);
