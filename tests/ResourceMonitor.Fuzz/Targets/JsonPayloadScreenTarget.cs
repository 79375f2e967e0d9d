using System.Text.Json;
using ResourceMonitor.Contracts.Codec;

namespace ResourceMonitor.Fuzz.Targets;

/// <summary>
/// The one JSON screen in front of every JSON reader (contract decoders and the edge's JSON device formats): what it passes,
/// <see cref="JsonDocument"/> parses at that depth and every key and string of it reads without throwing, each key once per object.
/// </summary>
public sealed class JsonPayloadScreenTarget : IFuzzTarget
{
    private const int MaxDepth = 8;

    /// <inheritdoc />
    public string Name => "json-screen";

    /// <inheritdoc />
    public void Run(byte[] input)
    {
        var rejection = JsonPayloadScreen.Screen(input, MaxDepth);
        if (rejection is not null)
        {
            Invariant.HasReason(rejection);
            return;
        }

        using var document = JsonDocument.Parse(input, new JsonDocumentOptions { MaxDepth = MaxDepth });
        ReadAll(document.RootElement);
    }

    private static void ReadAll(JsonElement element)
    {
        switch (element.ValueKind)
        {
            case JsonValueKind.Object:
                var keys = new HashSet<string>(StringComparer.Ordinal);
                foreach (var property in element.EnumerateObject())
                {
                    Invariant.That(keys.Add(property.Name), $"key '{property.Name}' passed the screen twice in one object");
                    ReadAll(property.Value);
                }

                break;
            case JsonValueKind.Array:
                foreach (var item in element.EnumerateArray())
                {
                    ReadAll(item);
                }

                break;
            case JsonValueKind.String:
                _ = element.GetString();
                break;
        }
    }
}
