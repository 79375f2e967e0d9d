namespace ResourceMonitor.Worker.Api;

/// <summary>
/// One accepted API key, as configuration stores it: the SHA-256 of the key, never the key (section <c>Api:Keys:N</c>;
/// <c>dotnet ResourceMonitor.Worker.dll api-key</c> makes a key and prints its hash).
/// </summary>
public sealed class ApiKey
{
    /// <summary>A name for the key's holder, shown in logs and used to share out the rate limit (default: <c>key-N</c>).</summary>
    public string? Name { get; set; }

    /// <summary>The SHA-256 of the key, 64 hexadecimal digits.</summary>
    public string Hash { get; set; } = string.Empty;

    /// <summary>Refused: a plain-text key. Only there so that an old configuration fails at start with the fix.</summary>
    public string? Key { get; set; }

    /// <summary>What the key may see; default <see cref="ApiScope.Plant"/> when <see cref="Plant"/> is set, else <see cref="ApiScope.Park"/>.</summary>
    public ApiScope? Scope { get; set; }

    /// <summary>The plant of a plant key; empty for park and admin keys.</summary>
    public string? Plant { get; set; }

    /// <summary>
    /// The park the key is bound to: it sees nothing of any other park the worker owns. Required for plant keys when the
    /// worker owns several parks (a plant id may repeat across parks); empty on a park or admin key: every owned park.
    /// </summary>
    public string? Park { get; set; }

    /// <summary>The scope in force.</summary>
    public ApiScope EffectiveScope => Scope ?? (string.IsNullOrEmpty(Plant) ? ApiScope.Park : ApiScope.Plant);
}
