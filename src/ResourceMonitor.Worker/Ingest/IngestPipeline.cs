using System.Threading.Channels;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using ResourceMonitor.Contracts;
using ResourceMonitor.Worker.Messaging;
using ResourceMonitor.Worker.Operations;
using ResourceMonitor.Worker.Storage;

namespace ResourceMonitor.Worker.Ingest;

/// <summary>
/// broker → admission (decode, catalog, dedupe) → durable write → fan-out → acknowledgement, with bounded channels between
/// the stages. Acknowledgements go out in arrival order (MQTT's rule) and only once a message's readings are in InfluxDB or
/// the spool and every consumer has them. A message that is not durable or that a consumer fails on is never acknowledged:
/// the stage stops intake, leaves everything after it unacknowledged and faults, and the deduplication keys of those
/// messages are forgotten, so the broker's redelivery is stored. Shutdown stops taking messages, drains what is in
/// flight, then disconnects (the session stays on the broker).
/// </summary>
internal sealed class IngestPipeline : BackgroundService
{
    private static readonly Task<PointWriteReport> NothingToWrite = Task.FromResult(PointWriteReport.Written);
    private readonly BrokerSubscriber _subscriber;
    private readonly IDurablePointWriter _writer;
    private readonly RejectionReporter _rejections;
    private readonly IReadOnlyList<IAcceptedReadingsConsumer> _consumers;
    private readonly IReadingCatalog _catalog;
    private readonly IngestOptions _options;
    private readonly WorkerMetrics _metrics;
    private readonly TimeProvider _time;
    private readonly ILogger<IngestPipeline> _logger;

    public IngestPipeline(
        BrokerSubscriber subscriber,
        IDurablePointWriter writer,
        RejectionReporter rejections,
        IEnumerable<IAcceptedReadingsConsumer> consumers,
        IReadingCatalog catalog,
        IOptions<IngestOptions> options,
        WorkerMetrics metrics,
        TimeProvider time,
        ILogger<IngestPipeline> logger)
    {
        _subscriber = subscriber;
        _writer = writer;
        _rejections = rejections;
        _consumers = consumers.ToArray();
        _catalog = catalog;
        _options = options.Value;
        _metrics = metrics;
        _time = time;
        _logger = logger;
    }

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var parks = _options.Parks.Count > 0 ? _options.Parks : [_catalog.ParkId];
        var admission = new MessageAdmission(_catalog, parks, _options, _time, _logger);
        var inbound = CreateStage<InboundMessage>();
        var pending = CreateStage<PendingAcknowledgement>();
        IngestLog.Started(_logger, string.Join(", ", parks));

        // A message that cannot be settled stops intake: nothing after it may be acknowledged (MQTT acknowledges in order).
        using var intake = CancellationTokenSource.CreateLinkedTokenSource(stoppingToken);
        var admitting = AdmitAsync(admission, inbound.Reader, pending.Writer);
        var acknowledging = AcknowledgeAsync(admission, pending.Reader, intake);
        await _subscriber.RunAsync(parks.Select(Topics.AllReadings).ToArray(), inbound.Writer, intake.Token);

        _subscriber.StopReceiving();
        inbound.Writer.TryComplete();
        try
        {
            await admitting;
            await acknowledging;
        }
        finally
        {
            // Also after a fault: the broker redelivers what was left unacknowledged only to a new connection.
            await _subscriber.DisconnectAsync(CancellationToken.None);
        }

        IngestLog.Stopped(_logger);
    }

    private Channel<T> CreateStage<T>() => Channel.CreateBounded<T>(new BoundedChannelOptions(_options.StageCapacity)
    {
        FullMode = BoundedChannelFullMode.Wait,
        SingleReader = true,
    });

    private async Task AdmitAsync(MessageAdmission admission, ChannelReader<InboundMessage> inbound, ChannelWriter<PendingAcknowledgement> pending)
    {
        try
        {
            await foreach (var message in inbound.ReadAllAsync())
            {
                _metrics.MessageReceived();
                var admitted = admission.Admit(message.Topic, message.Payload);
                if (admitted.Redelivered)
                {
                    _metrics.BatchRedelivered();
                }

                if (admitted.Duplicates > 0)
                {
                    _metrics.DuplicateReadings(admitted.Duplicates);
                }

                if (admitted.Rejections.Count > 0)
                {
                    _rejections.Report(admitted, admitted.Rejections, admitted.Accepted.Count);
                }

                // Not awaited here: the writer takes calls in order, and the acknowledgement stage awaits them in the same order.
                var durable = admitted.Accepted.Count == 0
                    ? NothingToWrite
                    : _writer.WriteAsync(admitted.Accepted.Select(r => ReadingPoint.Create(admitted.Park!, admitted.Plant!, r)).ToArray(), CancellationToken.None);
                await pending.WriteAsync(new PendingAcknowledgement(message, admitted, durable));
            }
        }
        finally
        {
            pending.TryComplete();
        }
    }

    private async Task AcknowledgeAsync(MessageAdmission admission, ChannelReader<PendingAcknowledgement> pending, CancellationTokenSource intake)
    {
        await foreach (var item in pending.ReadAllAsync())
        {
            try
            {
                await SettleAsync(item);
            }
            catch (Exception)
            {
                // Not durable, or a consumer failed: the stage faults (loud, never acknowledged), and every key it claimed is
                // forgotten so the broker's redelivery is taken as new.
                admission.Release(item.Admission);
                await intake.CancelAsync();
                await AbandonAsync(admission, pending);
                throw;
            }

            admission.Confirm(item.Admission);
            await item.Message.Delivery.AcknowledgeAsync(CancellationToken.None);
        }
    }

    /// <summary>Waits for a message's durability, then hands its stored readings to every consumer; throws when either fails.</summary>
    private async Task SettleAsync(PendingAcknowledgement item)
    {
        PointWriteReport report;
        try
        {
            report = await item.Durable;
        }
        catch (Exception ex)
        {
            IngestLog.NotDurable(_logger, ex, item.Message.Topic, item.Admission.BatchId ?? "-");
            throw;
        }

        var accepted = SubtractStorageRejections(item.Admission, report);
        if (accepted.Count > 0)
        {
            _metrics.ReadingsAccepted(accepted.Count);
            var now = _time.GetUtcNow();
            foreach (var reading in accepted)
            {
                _metrics.ReadingLag(now - reading.Timestamp);
            }

            // Before the acknowledgement: a consumer that journals (the aggregator) has the readings when the broker forgets them.
            await FanOutAsync(new AcceptedBatch(item.Admission.Park!, item.Admission.Plant!, item.Admission.Agent!, item.Admission.BatchId!, accepted));
        }
    }

    /// <summary>After a failure: the messages still in flight are left unacknowledged, their claims released, their writes observed.</summary>
    private static async Task AbandonAsync(MessageAdmission admission, ChannelReader<PendingAcknowledgement> pending)
    {
        await foreach (var item in pending.ReadAllAsync())
        {
            admission.Release(item.Admission);
            _ = item.Durable.ContinueWith(static t => t.Exception, CancellationToken.None, TaskContinuationOptions.OnlyOnFaulted, TaskScheduler.Default);
        }
    }

    private IReadOnlyList<Reading> SubtractStorageRejections(Admission admission, PointWriteReport report)
    {
        if (report.Rejected.Count == 0)
        {
            return admission.Accepted.Select(a => a.Reading).ToArray();
        }

        var refusedLines = report.Rejected.ToDictionary(r => r.Line, r => r.Reason, StringComparer.Ordinal);
        var kept = new List<Reading>(admission.Accepted.Count);
        var rejections = new List<Rejection>();
        foreach (var admitted in admission.Accepted)
        {
            var line = ReadingPoint.Create(admission.Park!, admission.Plant!, admitted).ToLineProtocol();
            if (refusedLines.TryGetValue(line, out var reason))
            {
                rejections.Add(new Rejection(RejectReason.StorageRejected, $"InfluxDB refused the point for meter '{admitted.Reading.Meter}': {reason}"));
            }
            else
            {
                kept.Add(admitted.Reading);
            }
        }

        if (rejections.Count > 0)
        {
            _rejections.Report(admission, rejections, kept.Count);
        }

        return kept;
    }

    private async Task FanOutAsync(AcceptedBatch batch)
    {
        foreach (var consumer in _consumers)
        {
            try
            {
                await consumer.OnAcceptedAsync(batch, CancellationToken.None);
            }
            catch (Exception ex)
            {
                IngestLog.ConsumerFailed(_logger, ex, consumer.GetType().Name, batch.BatchId);
                throw;
            }
        }
    }
}
