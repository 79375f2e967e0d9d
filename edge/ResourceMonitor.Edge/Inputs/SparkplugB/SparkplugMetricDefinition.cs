using ResourceMonitor.Edge.Inputs.SparkplugB.Protocol;

namespace ResourceMonitor.Edge.Inputs.SparkplugB;

/// <summary>A metric as a BIRTH defined it: whose it is (device, or empty for the edge node), its name and its data type.</summary>
/// <param name="Device">The device id, or empty.</param>
/// <param name="Name">The metric name.</param>
/// <param name="Type">The data type.</param>
public sealed record SparkplugMetricDefinition(string Device, string Name, DataType Type);
