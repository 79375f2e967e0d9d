using System.Text.Json;

namespace ResourceMonitor.Edge.Inputs;

/// <summary>
/// One message's payload parsed at most once for every mapping's <c>Match</c> (a shared rtl_433 topic may have dozens of
/// mappings), and only when some mapping on the topic has one.
/// </summary>
internal sealed class SharedPayload : IDisposable
{
    private readonly ReadOnlyMemory<byte> _payload;
    private JsonDocument? _document;
    private string? _unreadable;

    /// <summary>Wraps <paramref name="payload"/>; nothing is parsed yet.</summary>
    public SharedPayload(ReadOnlyMemory<byte> payload) => _payload = payload;

    /// <summary>True when the payload is a JSON object carrying every field of <paramref name="match"/>; else why not.</summary>
    public bool Matches(IReadOnlyDictionary<string, string> match, out string mismatch)
    {
        if (Root() is not { } root)
        {
            mismatch = $"Match needs a JSON object payload: {_unreadable}";
            return false;
        }

        return PayloadMatch.Holds(root, match, out mismatch);
    }

    /// <inheritdoc />
    public void Dispose() => _document?.Dispose();

    private JsonElement? Root()
    {
        if (_document is null && _unreadable is null)
        {
            _document = JsonPayload.Parse(_payload, out var reason);
            _unreadable = _document is null ? reason : null;
        }

        return _document?.RootElement;
    }
}
