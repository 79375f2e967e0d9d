namespace ResourceMonitor.Domain;

/// <summary>Marks the domain assembly for reflection-based discovery in tests.</summary>
public static class AssemblyMarker;
