namespace ResourceMonitor.Contracts.Codec;

/// <summary>The wire spelling of the contract's enums.</summary>
public static class ContractEnums
{
    /// <summary><c>counter</c> or <c>gauge</c>.</summary>
    public static string Format(ReadingKind kind) => kind == ReadingKind.Counter ? "counter" : "gauge";

    /// <summary><c>good</c>, <c>estimated</c> or <c>suspect</c>.</summary>
    public static string Format(ReadingQuality quality) => quality switch
    {
        ReadingQuality.Estimated => "estimated",
        ReadingQuality.Suspect => "suspect",
        _ => "good",
    };

    /// <summary><c>online</c> or <c>offline</c>.</summary>
    public static string Format(AgentState state) => state == AgentState.Online ? "online" : "offline";

    /// <summary>Parses a kind; case-sensitive, as the contract spells it.</summary>
    public static bool TryParseKind(string? text, out ReadingKind kind)
    {
        kind = text == "gauge" ? ReadingKind.Gauge : ReadingKind.Counter;
        return text is "counter" or "gauge";
    }

    /// <summary>Parses a quality; case-sensitive.</summary>
    public static bool TryParseQuality(string? text, out ReadingQuality quality)
    {
        quality = text switch
        {
            "estimated" => ReadingQuality.Estimated,
            "suspect" => ReadingQuality.Suspect,
            _ => ReadingQuality.Good,
        };
        return text is "good" or "estimated" or "suspect";
    }

    /// <summary>Parses an agent state.</summary>
    public static bool TryParseState(string? text, out AgentState state)
    {
        state = text == "offline" ? AgentState.Offline : AgentState.Online;
        return text is "online" or "offline";
    }
}
