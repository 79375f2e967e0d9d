using System.Threading.Channels;
using InfluxDB.Client.Api.Domain;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using ResourceMonitor.Contracts;
using ResourceMonitor.Worker.Ingest.Sequencing;
using ResourceMonitor.Hosting.Progress;
using ResourceMonitor.Hosting.Supervision;
using ResourceMonitor.Worker.Messaging;
using ResourceMonitor.Worker.Operations;
using ResourceMonitor.Worker.Storage;

namespace ResourceMonitor.Worker.Ingest;

/// <summary>
/// broker → admission (decode, catalog, dedupe) → durable write → fan-out → acknowledgement, with bounded channels between
/// the stages. Acknowledgements go out in arrival order (MQTT's rule) and only once a message's readings are in InfluxDB or
/// the spool and every consumer has them. A message that is not durable or that a consumer fails on is never acknowledged:
/// its deduplication keys and sequence numbers are given back, so the broker's redelivery is stored, and the stage faults.
/// Shutdown stops taking messages, drains what is in flight, then disconnects (the session stays on the broker).
/// The three parts (subscriber, admission, acknowledgement) run as one <see cref="StageGroup"/>: if one faults the others stop
/// and the fault goes to the supervisor, which stops the host non-zero (stage <c>ingest</c>): messages received on this
/// connection are redelivered only after a reconnect, so an in-process restart could not be trusted to lose nothing.
/// </summary>
internal sealed class IngestPipeline : BackgroundService
{
    private static readonly Task<PointWriteReport> NothingToWrite = Task.FromResult(PointWriteReport.Written);
    private readonly BrokerSubscriber _subscriber;
    private readonly IDurablePointWriter _writer;
    private readonly RejectionReporter _rejections;
    private readonly IReadOnlyList<IAcceptedReadingsConsumer> _consumers;
    private readonly IReadingCatalog _catalog;
    private readonly SequenceTracker _sequences;
    private readonly IngestOptions _options;
    private readonly WorkerMetrics _metrics;
    private readonly TimeProvider _time;
    private readonly StageSupervisor _supervisor;
    private readonly StageProgress _admitted;
    private readonly StageProgress _acknowledged;
    private readonly ILogger<IngestPipeline> _logger;

    public IngestPipeline(
        BrokerSubscriber subscriber,
        IDurablePointWriter writer,
        RejectionReporter rejections,
        IEnumerable<IAcceptedReadingsConsumer> consumers,
        IReadingCatalog catalog,
        SequenceTracker sequences,
        IOptions<IngestOptions> options,
        WorkerMetrics metrics,
        TimeProvider time,
        StageSupervisor supervisor,
        StageRegistry stages,
        ILogger<IngestPipeline> logger)
    {
        _subscriber = subscriber;
        _writer = writer;
        _rejections = rejections;
        _consumers = consumers.ToArray();
        _catalog = catalog;
        _sequences = sequences;
        _options = options.Value;
        _metrics = metrics;
        _time = time;
        _supervisor = supervisor;
        _admitted = stages.Register(StageNames.Admission);
        _acknowledged = stages.Register(StageNames.Acknowledgement);
        _logger = logger;
    }

    protected override Task ExecuteAsync(CancellationToken stoppingToken) =>
        _supervisor.RunAsync(StageNames.Ingest, StageFailurePolicy.StopHost, RunAsync, stoppingToken);

    private async Task RunAsync(CancellationToken stoppingToken)
    {
        var parks = _catalog.Parks;
        var admission = new MessageAdmission(_catalog, _options, _time, _logger, _sequences);
        var inbound = CreateStage<InboundMessage>();
        var pending = CreateStage<PendingAcknowledgement>();
        IngestLog.Started(_logger, string.Join(", ", parks));
        try
        {
            // Not given the stopping token: on stop the subscriber ends, and admission and acknowledgement drain what is in
            // flight; their token fires only when a sibling faults.
            await StageGroup.RunAsync(
                CancellationToken.None,
                faulted => SubscribeAsync(inbound.Writer, stoppingToken, faulted),
                faulted => AdmitAsync(admission, inbound.Reader, pending.Writer, faulted),
                faulted => AcknowledgeAsync(admission, pending.Reader, faulted));
        }
        finally
        {
            await _subscriber.DisconnectAsync(CancellationToken.None);
        }

        IngestLog.Stopped(_logger);
    }

    private async Task SubscribeAsync(ChannelWriter<InboundMessage> inbound, CancellationToken stoppingToken, CancellationToken faulted)
    {
        using var either = CancellationTokenSource.CreateLinkedTokenSource(stoppingToken, faulted);
        try
        {
            await _subscriber.RunAsync(inbound, either.Token);
        }
        finally
        {
            _subscriber.StopReceiving();
            inbound.TryComplete();
        }
    }

    private Channel<T> CreateStage<T>() => Channel.CreateBounded<T>(new BoundedChannelOptions(_options.StageCapacity)
    {
        FullMode = BoundedChannelFullMode.Wait,
        SingleReader = true,
    });

    private async Task AdmitAsync(MessageAdmission admission, ChannelReader<InboundMessage> inbound, ChannelWriter<PendingAcknowledgement> pending, CancellationToken faulted)
    {
        try
        {
            await foreach (var message in inbound.ReadAllAsync(faulted))
            {
                _admitted.Received();
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
                    : _writer.WriteAsync(Lines(admitted), CancellationToken.None);
                _acknowledged.Received();
                await pending.WriteAsync(new PendingAcknowledgement(message, admitted, durable), faulted);
                _admitted.Completed();
            }
        }
        finally
        {
            pending.TryComplete();
        }
    }

    private async Task AcknowledgeAsync(MessageAdmission admission, ChannelReader<PendingAcknowledgement> pending, CancellationToken faulted)
    {
        try
        {
            await foreach (var item in pending.ReadAllAsync(faulted))
            {
                try
                {
                    await SettleAsync(item, faulted);
                }
                catch (Exception)
                {
                    // Not durable, or a consumer failed: never acknowledged (MQTT acknowledges in order, so nothing after it
                    // may be either); the stage faults and the host stops, and the broker redelivers to the next connection.
                    Forget(admission, item);
                    throw;
                }

                // Durable and consumed: its keys become deduplication memory, and its sequence numbers (or a repeat of numbers
                // already durable) are covered by the next end-to-end acknowledgement.
                admission.Confirm(item.Admission);
                if (item.Admission.Sequence is { } claim)
                {
                    _sequences.Complete(claim);
                }

                // False when the connection the message came on has dropped: the broker redelivers it, so it is done here all the same.
                await item.Message.Delivery.AcknowledgeAsync(CancellationToken.None);
                _acknowledged.Completed();
            }
        }
        catch (Exception)
        {
            // This part or a sibling failed: what is still queued stays unacknowledged, with its claims given back.
            while (pending.TryRead(out var item))
            {
                Forget(admission, item);
            }

            throw;
        }
    }

    /// <summary>Waits for a message's durability, then hands its stored readings to every consumer; throws when either fails.</summary>
    private async Task SettleAsync(PendingAcknowledgement item, CancellationToken faulted)
    {
        PointWriteReport report;
        try
        {
            report = await item.Durable.WaitAsync(faulted);
        }
        catch (Exception ex) when (!faulted.IsCancellationRequested)
        {
            IngestLog.NotDurable(_logger, ex, LogText.Escape(item.Message.Topic), LogText.Escape(item.Admission.BatchId ?? "-"));
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

    /// <summary>A message left unacknowledged: its deduplication keys and sequence numbers are given back, its write observed.</summary>
    private void Forget(MessageAdmission admission, PendingAcknowledgement item)
    {
        admission.Release(item.Admission);
        if (item.Admission.Sequence is { } claim)
        {
            _sequences.Abandon(claim);
        }

        _ = item.Durable.ContinueWith(static t => t.Exception, CancellationToken.None, TaskContinuationOptions.OnlyOnFaulted, TaskScheduler.Default);
    }

    private IReadOnlyList<Reading> SubtractStorageRejections(Admission admission, PointWriteReport report)
    {
        if (report.Rejected.Count == 0)
        {
            return admission.Accepted.Select(a => a.Reading).ToArray();
        }

        var refused = report.Rejected.ToDictionary(r => r.Index, r => r.Reason);
        var kept = new List<Reading>(admission.Accepted.Count);
        var rejections = new List<Rejection>();
        for (var i = 0; i < admission.Accepted.Count; i++)
        {
            var admitted = admission.Accepted[i];
            if (refused.TryGetValue(i, out var reason))
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

    /// <summary>The admitted readings as lines, in admission order: a refused line's index is its reading's.</summary>
    private static LineBatch Lines(Admission admitted)
    {
        var lines = new string[admitted.Accepted.Count];
        for (var i = 0; i < lines.Length; i++)
        {
            lines[i] = ReadingPoint.Line(admitted.Park!, admitted.Plant!, admitted.Accepted[i]);
        }

        return new LineBatch(WritePrecision.Ms, lines);
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
                IngestLog.ConsumerFailed(_logger, ex, consumer.GetType().Name, LogText.Escape(batch.BatchId));
                throw;
            }
        }
    }
}
