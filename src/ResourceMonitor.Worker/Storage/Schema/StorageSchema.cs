namespace ResourceMonitor.Worker.Storage.Schema;

/// <summary>
/// Every measurement the worker writes to InfluxDB (docs/storage.md). Names live here and nowhere else: writers, the
/// InfluxQL readers (reports, baselines, audit series) and the dashboards' test take them from these types, so a name
/// cannot be configured for a reader and hard-coded in its writer.
/// </summary>
public static class StorageSchema
{
    /// <summary>All measurements, with their tags and fields.</summary>
    public static IReadOnlyList<MeasurementSchema> Measurements { get; } =
    [
        ReadingMeasurement.Schema,
        UsageMeasurement.Schema,
        AgentStatusMeasurement.Schema,
        RejectionMeasurement.Schema,
        OpportunityMeasurement.Schema,
        SymbiosisBalanceMeasurement.Schema,
        BaselineBandMeasurement.Schema,
        BaselineDeviationMeasurement.Schema,
        BaselineSavingsMeasurement.Schema,
        BaselineModelMeasurement.Schema,
    ];

    /// <summary>The measurement called <paramref name="name"/>, or null when the worker writes none of that name.</summary>
    public static MeasurementSchema? Find(string name) => Measurements.FirstOrDefault(m => m.Name == name);
}
