using ResourceMonitor.Edge.Inputs.EspHome;
using ResourceMonitor.Edge.Inputs.GenericJson;
using ResourceMonitor.Edge.Inputs.PlainNumeric;
using ResourceMonitor.Edge.Inputs.ShellyGen1;
using ResourceMonitor.Edge.Inputs.ShellyGen2;
using ResourceMonitor.Edge.Inputs.SparkplugB;
using ResourceMonitor.Edge.Inputs.Tasmota;
using ResourceMonitor.Edge.Inputs.Wmbusmeters;
using ResourceMonitor.Edge.Inputs.Zigbee2Mqtt;

namespace ResourceMonitor.Edge.Inputs;

/// <summary>The formats the agent understands, by configuration name. Adding a format is one folder and one line here.</summary>
public sealed class PayloadFormats
{
    private readonly Dictionary<string, IPayloadFormat> _byName;

    /// <summary>The built-in formats.</summary>
    public PayloadFormats()
    {
        IPayloadFormat[] all =
        [
            new TasmotaFormat(), new ShellyGen1Format(), new ShellyGen2Format(), new WmbusmetersFormat(),
            new Zigbee2MqttFormat(), new EspHomeFormat(), new GenericJsonFormat(), new PlainNumericFormat(),
            new SparkplugBFormat(),
        ];
        _byName = all.ToDictionary(f => f.Name, StringComparer.OrdinalIgnoreCase);
    }

    /// <summary>Every format name.</summary>
    public IEnumerable<string> Names => _byName.Keys;

    /// <summary>Finds a format by its configuration name (case-insensitive).</summary>
    public bool TryGet(string name, out IPayloadFormat format) => _byName.TryGetValue(name, out format!);
}
