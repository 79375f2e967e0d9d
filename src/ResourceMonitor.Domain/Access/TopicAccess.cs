namespace ResourceMonitor.Domain.Access;

/// <summary>What a grant allows on the topics its filter matches (the words of Mosquitto's ACL file).</summary>
[Flags]
public enum TopicAccess
{
    /// <summary>Subscribe and receive.</summary>
    Read = 1,

    /// <summary>Publish.</summary>
    Write = 2,

    /// <summary>Both.</summary>
    ReadWrite = Read | Write,
}
