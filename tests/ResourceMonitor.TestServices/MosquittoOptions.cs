namespace ResourceMonitor.TestServices;

/// <summary>How a test's own Mosquitto is configured. Defaults: anonymous access, persistence on, queues large enough to lose nothing.</summary>
public sealed record MosquittoOptions
{
    /// <summary>Mosquitto password file (from <c>mosquitto_passwd</c>); when set, anonymous clients are refused.</summary>
    public string? PasswordFile { get; init; }

    /// <summary>Mosquitto ACL file (<c>acl_file</c>).</summary>
    public string? AclFile { get; init; }

    /// <summary>Messages queued per persistent session while its client is away (Mosquitto's default, 1000, silently drops the rest).</summary>
    public int MaxQueuedMessages { get; init; } = 1_000_000;

    /// <summary>QoS 1/2 messages in flight per client.</summary>
    public int MaxInflightMessages { get; init; } = 100;

    /// <summary>How often Mosquitto writes its persistence file; <c>null</c> keeps Mosquitto's default (30 minutes, plus on clean shutdown).</summary>
    public TimeSpan? AutosaveInterval { get; init; }

    /// <summary>Extra lines appended to the generated mosquitto.conf.</summary>
    public IReadOnlyList<string> ExtraConfigLines { get; init; } = [];
}
