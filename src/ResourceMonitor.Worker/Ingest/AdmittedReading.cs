using ResourceMonitor.Contracts;

namespace ResourceMonitor.Worker.Ingest;

/// <summary>A reading that passed every check, with its meter's resource from the catalog.</summary>
public sealed record AdmittedReading(Reading Reading, string Resource);
