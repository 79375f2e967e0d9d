using InfluxDB.Client.Api.Domain;
using InfluxDB.Client.Writes;
using ResourceMonitor.Contracts;
using ResourceMonitor.Domain.Aggregation;
using ResourceMonitor.Domain.Catalog;
using ResourceMonitor.Domain.Symbiosis;
using ResourceMonitor.IntegrationTests.Infrastructure;
using ResourceMonitor.Worker.Ingest;
using ResourceMonitor.Worker.Ingest.Aggregation;
using ResourceMonitor.Worker.Messaging;
using ResourceMonitor.Worker.Symbiosis;
using BaselineDeviationPoint = ResourceMonitor.Worker.Baselines.BaselineDeviationPoint;
using DeviationAlert = ResourceMonitor.Worker.Baselines.DeviationAlert;

namespace ResourceMonitor.IntegrationTests.Deployment;

/// <summary>
/// A real InfluxDB (behind the nginx write route) holding three hours of per-minute readings of every plant of the
/// compose deployment, up to now, written as the worker writes them (<see cref="ReadingPoint"/>, <see cref="UsagePoint"/> through InfluxDB.Client).
/// </summary>
public sealed class DashboardData : IAsyncLifetime
{
    private InfluxInstance? _influx;

    /// <summary>The database.</summary>
    public InfluxInstance Influx => _influx ?? throw new InvalidOperationException("Not started.");

    /// <summary>The end of the data (a few seconds before the test starts).</summary>
    public DateTimeOffset End { get; private set; }

    /// <summary>The start of the data.</summary>
    public DateTimeOffset Start => End.AddHours(-3);

    /// <summary>The variables a user would pick in the dashboards.</summary>
    public IReadOnlyDictionary<string, string> Variables => new Dictionary<string, string>(StringComparer.Ordinal)
    {
        ["park"] = SamplePark.Id,
        ["plant"] = SamplePark.ComposePlants[0],
        ["resource"] = "electricity",
        ["meter"] = BaselineBandSamples.Meter,
    };

    /// <inheritdoc />
    public async Task InitializeAsync()
    {
        _influx = await InfluxInstance.StartNewAsync();
        var end = DateTimeOffset.UtcNow;
        End = new DateTimeOffset(end.Ticks - (end.Ticks % TimeSpan.TicksPerMinute), TimeSpan.Zero);
        var (points, readingLines) = Build();
        using var client = Influx.CreateClient();
        var write = client.GetWriteApiAsync();
        foreach (var chunk in points.Chunk(5_000))
        {
            await write.WritePointsAsync(chunk.ToList(), Influx.Bucket, Influx.Organization);
        }

        foreach (var chunk in readingLines.Chunk(5_000))
        {
            await write.WriteRecordsAsync(chunk.ToList(), WritePrecision.Ms, Influx.Bucket, Influx.Organization);
        }
    }

    /// <summary>The data ending at <paramref name="end"/>, without a database: for checking what it would write.</summary>
    public static DashboardData Unstarted(DateTimeOffset end) => new() { End = end };

    /// <summary>The points and the <c>reading</c> lines (precision ms), built by the worker's own writers.</summary>
    public (List<PointData> Points, List<string> ReadingLines) Build()
    {
        var points = new List<PointData>();
        var readingLines = new List<string>();
        foreach (var meter in SamplePark.Catalog().Meters)
        {
            var resource = meter.Resource.ToString().ToLowerInvariant();
            var nominal = meter.Nominal ?? 10;
            for (var minute = 0; minute <= 180; minute++)
            {
                var value = meter.Kind == ReadingKind.Counter
                    ? 10_000 + (nominal / 60 * minute)
                    : nominal * (1 + (0.1 * Math.Sin(minute / 15.0)));
                var quality = minute % 50 == 7 ? ReadingQuality.Suspect : ReadingQuality.Good;
                var reading = new Reading(meter.Id, Start.AddMinutes(minute), value, meter.Unit, meter.Kind, quality);
                readingLines.Add(ReadingPoint.Line(SamplePark.Id, meter.PlantId, new AdmittedReading(reading, resource)));
                points.Add(UsageOf(meter, resource, Start.AddMinutes(minute), reading.Value, minute));
            }
        }

        points.AddRange(AgentStatuses());
        points.AddRange(Rejections());
        points.AddRange(Deviations());
        points.AddRange(Opportunities());
        points.AddRange(AuditSeriesSamples.Points(End));
        points.AddRange(BaselineBandSamples.Points(Start, End));
        points.AddRange(BalanceSamples.Over(Start, 180));
        return (points, readingLines);
    }

    /// <summary>Every compose plant's agent came online at the start; the first one went offline and back, written by the worker's own <see cref="AgentStatusPoint"/>.</summary>
    private IEnumerable<PointData> AgentStatuses()
    {
        foreach (var plant in SamplePark.ComposePlants)
        {
            yield return AgentStatusPoint.Create(SamplePark.Id, plant, new AgentStatus(AgentState.Online, Start, $"edge-{plant}", "test"));
        }

        var first = SamplePark.ComposePlants[0];
        yield return AgentStatusPoint.Create(SamplePark.Id, first, new AgentStatus(AgentState.Offline, Start.AddMinutes(60), $"edge-{first}", "test"));
        yield return AgentStatusPoint.Create(SamplePark.Id, first, new AgentStatus(AgentState.Online, Start.AddMinutes(61), $"edge-{first}", "test"));
    }

    /// <summary>A few rejected messages of the first compose plant, written by the worker's own <see cref="RejectionPoint"/>.</summary>
    private IEnumerable<PointData> Rejections()
    {
        var points = new RejectionPoint();
        var plant = SamplePark.ComposePlants[0];
        for (var minute = 10; minute <= 170; minute += 40)
        {
            var notice = new RejectionNotice(Topics.Readings(SamplePark.Id, plant), "batch", $"edge-{plant}", Start.AddMinutes(minute),
                [new Rejection(RejectReason.UnknownMeter, "meter 'x' is not in the catalog"), new Rejection(RejectReason.OutOfRange, "too large")], 3);
            foreach (var point in points.Create(SamplePark.Id, plant, notice))
            {
                yield return point;
            }
        }
    }

    /// <summary>One meter-minute of measurement usage_1m, written by the worker's own <see cref="UsagePoint"/>.</summary>
    private static PointData UsageOf(Meter meter, string resource, DateTimeOffset minute, double value, int index)
    {
        var series = new MeterSeries(meter.Kind, meter.Unit, meter.CounterSpec);
        var rate = meter.Kind == ReadingKind.Counter ? meter.Nominal ?? 10 : value;
        double? amount = series.AmountUnit is null ? null : rate / 60;
        var flags = index switch
        {
            100 when meter.Kind == ReadingKind.Counter => UsageFlags.Reset,
            150 => UsageFlags.Gap,
            _ => UsageFlags.None,
        };
        var usage = new MinuteUsage(minute, amount, rate, rate * 0.9, rate * 1.1, flags == UsageFlags.Gap ? 2 : 6, flags == UsageFlags.Gap ? 0.3 : 1.0, flags);
        return UsagePoint.Create(new MeterKey(SamplePark.Id, meter.PlantId, meter.Id), new MeterProfile(resource, series), usage);
    }

    /// <summary>
    /// Three opportunities of the sample catalog's routes, written by the worker's own <see cref="OpportunityPoint"/>:
    /// opened at minute 30 and updated at 70; the heat and water pairs stay open, the waste lot closes at 150.
    /// </summary>
    private IEnumerable<PointData> Opportunities()
    {
        var routes = ExchangeRoute.All(SamplePark.Catalog());
        (string Id, string Unit, double Rate, bool Closes)[] pairs =
        [
            ("steel-waste-heat--dyeing-boiler-heat", "kW", 420, false),
            ("wwtp-treated-effluent--paper-ct-makeup", "m3/h", 35, false),
            ("steel-slag--bricks-raw-material", "kg", 5000, true),
        ];
        foreach (var (id, unit, rate, closes) in pairs)
        {
            var route = routes.Single(r => r.OpportunityId == id);
            var events = new List<(OpportunityEventKind Kind, int Minute, double Share)> { (OpportunityEventKind.Opened, 30, 1.0), (OpportunityEventKind.Updated, 70, 1.3) };
            if (closes)
            {
                events.Add((OpportunityEventKind.Closed, 150, 0.0));
            }

            foreach (var (kind, minute, share) in events)
            {
                var at = Start.AddMinutes(minute);
                var hours = (minute - 30) / 60.0;
                var opportunity = new Opportunity(
                    id, route.Offer.Id, route.Need.Id, route.Offer.Resource,
                    new PlantRef(route.OfferPlant.Id, route.OfferPlant.Name), new PlantRef(route.NeedPlant.Id, route.NeedPlant.Name),
                    new OfferedQuality(route.Offer.Quality.TemperatureC, route.Offer.Quality.WaterGrade?.ToString().ToLowerInvariant(), route.Offer.Quality.MaterialCode),
                    Math.Round(route.DistanceMetres), route.Offer.LegalStanding, unit, rate * 1.2, rate * share,
                    kind == OpportunityEventKind.Closed ? OpportunityStatus.Closed : OpportunityStatus.Open,
                    Start.AddMinutes(30), at, kind == OpportunityEventKind.Closed ? at : null,
                    new OpportunityTotals(rate * hours, rate * hours * 2_000, rate * hours * 0.2), "VND");
                var reason = kind == OpportunityEventKind.Closed ? "offer not in surplus" : "offer in surplus and need active";
                var alert = OpportunityAlert.Of(SamplePark.Id, new OpportunityEvent(kind, opportunity, at, reason));
                yield return OpportunityPoint.Of(alert);
                if (closes)
                {
                    continue;
                }

                // While open after its last alert: running totals every 10 minutes, as the monitor writes them.
                for (var later = minute + 10; kind == OpportunityEventKind.Updated && later <= 180; later += 10)
                {
                    var grown = new OpportunityTotals(rate * (later - 30) / 60.0, rate * (later - 30) / 60.0 * 2_000, rate * (later - 30) / 60.0 * 0.2);
                    yield return OpportunityPoint.Running(SamplePark.Id, Start.AddMinutes(later), opportunity with { Totals = grown });
                }
            }
        }
    }

    /// <summary>One deviation opened and closed per plant, with the fields the worker's DeviationMonitor writes (docs/baselines.md).</summary>
    private IEnumerable<PointData> Deviations()
    {
        foreach (var plant in SamplePark.ComposePlants)
        {
            var opened = Start.AddHours(1);
            foreach (var (at, open) in new[] { (opened, true), (opened.AddMinutes(40), false) })
            {
                yield return BaselineDeviationPoint.Create(new DeviationAlert(
                    DeviationAlert.AlertType, open ? "opened" : "closed", SamplePark.Id, plant, "city-water", "above", at, opened.AddMinutes(-30), open ? 3.0 : 1.1, 3.4, 0.8, 1.0, 1.2));
            }
        }
    }

    /// <inheritdoc />
    public async Task DisposeAsync()
    {
        if (_influx is not null)
        {
            await _influx.DisposeAsync();
        }
    }
}
