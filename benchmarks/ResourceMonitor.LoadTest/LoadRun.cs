namespace ResourceMonitor.LoadTest;

/// <summary>
/// The whole run: per repetition the two ceilings and the worker, interleaved (InfluxDB alone, Mosquitto alone, worker, edge agent),
/// each on fresh instances, so a noisy neighbour on a shared machine hits all three alike.
/// </summary>
public static class LoadRun
{
    /// <summary>Runs <see cref="LoadOptions.Repetitions"/> repetitions; <paramref name="progress"/> gets one line per measurement.</summary>
    public static async Task<IReadOnlyList<IReadOnlyList<Measurement>>> RunAsync(LoadOptions options, Action<string> progress, CancellationToken cancellationToken)
    {
        var park = new SyntheticPark(options.Plants, options.Meters);
        var repetitions = new List<IReadOnlyList<Measurement>>();
        for (var r = 1; r <= options.Repetitions; r++)
        {
            var start = TimeProvider.System.GetUtcNow().AddHours(-2);
            var workload = new Workload(park, $"load{r}");
            var messages = workload.Messages(options.Readings, options.BatchSize, start);
            var brokerMessages = new Workload(park, $"broker{r}").Messages(options.Readings, options.BrokerBatchSize, start);
            var measured = new List<Measurement>
            {
                await InfluxCeiling.MeasureAsync(park, messages, options.InfluxLinesPerRequest, cancellationToken),
            };
            progress(Describe(r, measured[^1]));
            measured.Add(await MosquittoCeiling.MeasureAsync(park, brokerMessages, options.Publishers, options.Timeout, cancellationToken));
            progress(Describe(r, measured[^1]));
            measured.Add(await WorkerEndToEnd.MeasureAsync(park, workload, messages, options, cancellationToken));
            progress(Describe(r, measured[^1]));
            if (options.EdgeReadings > 0)
            {
                measured.Add(await EdgeForwarding.MeasureAsync(park, options.EdgeReadings, options.Publishers, options.Timeout, cancellationToken));
                progress(Describe(r, measured[^1]));
            }

            repetitions.Add(measured);
        }

        return repetitions;
    }

    private static string Describe(int repetition, Measurement m) =>
        FormattableString.Invariant($"repetition {repetition}: {m.What}: {m.ReadingsPerSecond:N0} readings/s");
}
