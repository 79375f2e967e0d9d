using System.Diagnostics.Metrics;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Diagnostics.Metrics.Testing;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Testing;
using ResourceMonitor.Contracts;
using ResourceMonitor.Edge.Inputs;
using ResourceMonitor.Edge.Inputs.SparkplugB.Protocol;
using static ResourceMonitor.Edge.Tests.Inputs.SparkplugB.SparkplugMessages;
using Metric = ResourceMonitor.Edge.Inputs.SparkplugB.Protocol.Payload.Types.Metric;

namespace ResourceMonitor.Edge.Tests.Inputs.SparkplugB;

public sealed class SparkplugReaderTests : IDisposable
{
    private const string Node = "spBv1.0/dyeing/{0}/plc-01";
    private const string Device = "spBv1.0/dyeing/{0}/plc-01/em-3";
    private const ulong EnergyAlias = 5;
    private readonly FakeLogger _logger = new();
    private readonly ServiceProvider _services = new ServiceCollection().AddMetrics().BuildServiceProvider();
    private readonly MetricCollector<long> _gaps;
    private readonly MessageMapper _mapper;

    public SparkplugReaderTests()
    {
        var meters = _services.GetRequiredService<IMeterFactory>();
        _gaps = new MetricCollector<long>(meters, ResourceMonitor.Edge.Diagnostics.EdgeMetrics.MeterName, "edge.sparkplug.sequence_gaps");
        var compiled = MappingCompiler.Compile(
            [
                new MeterMappingOptions { Topic = "spBv1.0/dyeing/+/plc-01/em-3", Format = "sparkplug-b", Meter = "line-3-energy", Unit = "kWh", Kind = ReadingKind.Counter, Field = "Energy/Active Import" },
                new MeterMappingOptions { Topic = "spBv1.0/dyeing/+/plc-01", Format = "sparkplug-b", Meter = "plc-01-supply", Unit = "kW", Kind = ReadingKind.Gauge, Field = "Supply/Power" },
            ],
            new PayloadFormats(),
            out var errors);
        Assert.Empty(errors);
        _mapper = new MessageMapper(compiled, TimeZoneInfo.Utc, _logger, meters);
    }

    public void Dispose()
    {
        _gaps.Dispose();
        _services.Dispose();
    }

    private MappingResult Send(string topicFormat, string type, byte[] payload) => _mapper.Map(string.Format(System.Globalization.CultureInfo.InvariantCulture, topicFormat, type), payload, T0.AddMinutes(10));

    private void Born(long bdSeq = 1, ulong seq = 0)
    {
        Send(Node, "NBIRTH", NodeBirth(bdSeq, seq, Defined("Supply/Power", 1, 4.5, T0)));
        Send(Device, "DBIRTH", Message((seq + 1) % 256, Defined("Energy/Active Import", EnergyAlias, 1000, T0)));
    }

    [Fact]
    public void Births_define_names_and_aliases_and_data_messages_are_read_by_alias_at_the_metric_time()
    {
        var nodeBirth = Send(Node, "NBIRTH", NodeBirth(1, 0, Defined("Supply/Power", 1, 4.5, T0)));
        var deviceBirth = Send(Device, "DBIRTH", Message(1, Defined("Energy/Active Import", EnergyAlias, 1000, T0)));
        var data = Send(Device, "DDATA", Message(2, ByAlias(EnergyAlias, 1000.25, T0.AddMinutes(1))));
        var nodeData = Send(Node, "NDATA", Message(3, ByAlias(1, 4.75, T0.AddMinutes(1))));

        Assert.Equal(("plc-01-supply", 4.5, T0), Single(nodeBirth));
        Assert.Equal(("line-3-energy", 1000.0, T0), Single(deviceBirth));
        Assert.Equal(("line-3-energy", 1000.25, T0.AddMinutes(1)), Single(data));
        Assert.Equal(("plc-01-supply", 4.75, T0.AddMinutes(1)), Single(nodeData));
        Assert.All(new[] { nodeBirth, deviceBirth, data, nodeData }, r => Assert.Equal(ReadingQuality.Good, Assert.Single(r.Values).Quality));
    }

    [Fact]
    public void The_sequence_wraps_from_255_to_0_without_a_gap()
    {
        Born(seq: 254);

        var data = Send(Device, "DDATA", Message(0, ByAlias(EnergyAlias, 1001, T0.AddMinutes(1))));

        Assert.Equal(ReadingQuality.Good, Assert.Single(data.Values).Quality);
        Assert.Empty(_gaps.GetMeasurementSnapshot());
    }

    [Fact]
    public void A_sequence_gap_is_counted_logged_once_and_makes_the_nodes_values_suspect_until_its_next_NBIRTH()
    {
        Born();

        var afterGap = Send(Device, "DDATA", Message(5, ByAlias(EnergyAlias, 1001, T0.AddMinutes(1))));
        var next = Send(Device, "DDATA", Message(6, ByAlias(EnergyAlias, 1002, T0.AddMinutes(2))));
        var secondGap = Send(Device, "DDATA", Message(9, ByAlias(EnergyAlias, 1003, T0.AddMinutes(3))));
        Born(bdSeq: 2);
        var reborn = Send(Device, "DDATA", Message(2, ByAlias(EnergyAlias, 1004, T0.AddMinutes(4))));

        Assert.All(new[] { afterGap, next, secondGap }, r => Assert.Equal(ReadingQuality.Suspect, Assert.Single(r.Values).Quality));
        Assert.Equal(ReadingQuality.Good, Assert.Single(reborn.Values).Quality);
        Assert.Equal(2, _gaps.GetMeasurementSnapshot().Sum(m => m.Value));
        var logged = Assert.Single(_logger.Collector.GetSnapshot(), r => r.Id.Id == 3420);
        Assert.Equal(LogLevel.Warning, logged.Level);
        Assert.Contains("expected seq 2, got 5", logged.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_redelivered_message_is_not_a_gap()
    {
        Born();
        var first = Send(Device, "DDATA", Message(2, ByAlias(EnergyAlias, 1001, T0.AddMinutes(1))));

        var again = Send(Device, "DDATA", Message(2, ByAlias(EnergyAlias, 1001, T0.AddMinutes(1))));
        var next = Send(Device, "DDATA", Message(3, ByAlias(EnergyAlias, 1002, T0.AddMinutes(2))));

        Assert.Equal(ReadingQuality.Good, Assert.Single(again.Values).Quality);
        Assert.Equal(ReadingQuality.Good, Assert.Single(next.Values).Quality);
        Assert.Empty(_gaps.GetMeasurementSnapshot());
        Assert.Single(first.Values);
    }

    [Fact]
    public void An_NDEATH_with_the_births_bdSeq_takes_the_node_and_its_devices_offline_until_the_next_birth()
    {
        Born(bdSeq: 3);

        var death = Send(Node, "NDEATH", NodeDeath(3));
        var whileDead = Send(Device, "DDATA", Message(2, ByAlias(EnergyAlias, 1001, T0.AddMinutes(1))));
        Born(bdSeq: 4);
        var reborn = Send(Device, "DDATA", Message(2, ByAlias(EnergyAlias, 1002, T0.AddMinutes(2))));

        Assert.Empty(death.Values);
        Assert.Empty(death.Rejections);
        Assert.Null(death.Unmapped);
        Assert.Empty(whileDead.Values);
        Assert.Contains("before the edge node's NBIRTH", Assert.Single(whileDead.Rejections).Text, StringComparison.Ordinal);
        Assert.Equal(1002, Assert.Single(reborn.Values).Value);
    }

    [Fact]
    public void A_stale_NDEATH_with_an_older_bdSeq_is_ignored()
    {
        Born(bdSeq: 4);

        Send(Node, "NDEATH", NodeDeath(3));
        var data = Send(Device, "DDATA", Message(2, ByAlias(EnergyAlias, 1001, T0.AddMinutes(1))));

        Assert.Equal(1001, Assert.Single(data.Values).Value);
        Assert.Contains(_logger.Collector.GetSnapshot(), r => r.Id.Id == 3423);
    }

    [Fact]
    public void A_DDEATH_takes_the_device_offline_until_its_next_DBIRTH()
    {
        Born();

        Send(Device, "DDEATH", Message(2));
        var whileDead = Send(Device, "DDATA", Message(3, ByAlias(EnergyAlias, 1001, T0.AddMinutes(1))));
        var nodeStillUp = Send(Node, "NDATA", Message(4, ByAlias(1, 5, T0.AddMinutes(1))));
        Send(Device, "DBIRTH", Message(5, Defined("Energy/Active Import", EnergyAlias, 1002, T0.AddMinutes(2))));
        var back = Send(Device, "DDATA", Message(6, ByAlias(EnergyAlias, 1003, T0.AddMinutes(3))));

        Assert.Empty(whileDead.Values);
        Assert.Contains("while the device is offline", Assert.Single(whileDead.Rejections).Text, StringComparison.Ordinal);
        Assert.Single(nodeStillUp.Values);
        Assert.Equal(1003, Assert.Single(back.Values).Value);
    }

    [Fact]
    public void Data_before_any_birth_is_rejected_so_state_is_rebuilt_from_the_next_NBIRTH_after_a_restart()
    {
        var before = Send(Device, "DDATA", Message(17, ByAlias(EnergyAlias, 1001, T0.AddMinutes(1))));
        Born();
        var after = Send(Device, "DDATA", Message(2, ByAlias(EnergyAlias, 1002, T0.AddMinutes(2))));

        Assert.Empty(before.Values);
        Assert.Contains("DDATA from device dyeing/plc-01/em-3 before the edge node's NBIRTH", Assert.Single(before.Rejections).Text, StringComparison.Ordinal);
        Assert.Equal(1002, Assert.Single(after.Values).Value);
    }

    [Fact]
    public void Historical_metrics_are_back_filled_at_their_own_times_in_time_order()
    {
        Born();
        var current = ByAlias(EnergyAlias, 1003, T0.AddMinutes(3));
        var older = ByAlias(EnergyAlias, 1001, T0.AddMinutes(1));
        older.IsHistorical = true;
        var old = ByAlias(EnergyAlias, 1002, T0.AddMinutes(2));
        old.IsHistorical = true;
        var undated = new Metric { Alias = EnergyAlias, IsHistorical = true, DoubleValue = 999 };

        var data = Send(Device, "DDATA", Message(2, current, older, old, undated));

        Assert.Equal(new[] { (1001.0, T0.AddMinutes(1)), (1002.0, T0.AddMinutes(2)), (1003.0, T0.AddMinutes(3)) }, data.Values.Select(v => (v.Value, v.MeterTime!.Value)).ToArray());
        Assert.Contains("is historical (is_historical) but has no timestamp of its own", Assert.Single(data.Rejections).Text, StringComparison.Ordinal);
    }

    [Fact]
    public void A_null_metric_is_a_gap_with_a_reason()
    {
        Born();

        var data = Send(Device, "DDATA", Message(2, new Metric { Alias = EnergyAlias, Timestamp = Ms(T0.AddMinutes(1)), IsNull = true }));

        Assert.Empty(data.Values);
        var nullMetric = Assert.Single(data.Rejections);
        Assert.Contains("metric 'Energy/Active Import' of device dyeing/plc-01/em-3 is null (is_null): a gap", nullMetric.Text, StringComparison.Ordinal);
        Assert.Equal(RejectionCodes.Sentinel, nullMetric.Code);
    }

    [Theory]
    [InlineData(DataType.Int8, 0xFFu, -1d)]
    [InlineData(DataType.Int16, 0xFFFEu, -2d)]
    [InlineData(DataType.Int32, 0xFFFFFFFDu, -3d)]
    [InlineData(DataType.Uint8, 200u, 200d)]
    [InlineData(DataType.Uint16, 60000u, 60000d)]
    [InlineData(DataType.Uint32, 4000000000u, 4000000000d)]
    public void Integer_types_in_uint32_are_read_with_their_sign(DataType type, uint raw, double expected)
    {
        var value = ReadDefined(new Metric { Name = "Supply/Power", Alias = 1, Timestamp = Ms(T0), Datatype = (uint)type, IntValue = raw });

        Assert.Equal(expected, value);
    }

    [Theory]
    [InlineData(DataType.Int64, ulong.MaxValue, -1d)]
    [InlineData(DataType.Uint64, 18000000000000000000ul, 18000000000000000000d)]
    public void Integer_types_in_uint64_are_read_with_their_sign(DataType type, ulong raw, double expected)
    {
        var value = ReadDefined(new Metric { Name = "Supply/Power", Alias = 1, Timestamp = Ms(T0), Datatype = (uint)type, LongValue = raw });

        Assert.Equal(expected, value);
    }

    [Fact]
    public void A_Float_is_read_as_the_decimal_the_device_meant()
    {
        var value = ReadDefined(new Metric { Name = "Supply/Power", Alias = 1, Timestamp = Ms(T0), Datatype = (uint)DataType.Float, FloatValue = 12.1f });

        Assert.Equal(12.1, value);
    }

    [Theory]
    [InlineData(DataType.Boolean, "is a Boolean: a state, not a quantity with a unit")]
    [InlineData(DataType.String, "has data type String, which is not a number")]
    [InlineData(DataType.Uint32, "is declared UInt32 but carries StringValue")]
    public void Metrics_that_are_not_one_number_are_rejected_with_a_reason(DataType type, string reason)
    {
        var metric = new Metric { Name = "Supply/Power", Alias = 1, Timestamp = Ms(T0), Datatype = (uint)type };
        if (type == DataType.Boolean)
        {
            metric.BooleanValue = true;
        }
        else
        {
            metric.StringValue = "4.5";
        }

        var birth = Send(Node, "NBIRTH", NodeBirth(1, 0, metric));

        Assert.Empty(birth.Values);
        Assert.Contains(reason, Assert.Single(birth.Rejections).Text, StringComparison.Ordinal);
    }

    [Fact]
    public void A_STALE_quality_is_suspect_and_a_BAD_quality_is_no_reading()
    {
        Born();

        var stale = Send(Device, "DDATA", Message(2, WithQuality(ByAlias(EnergyAlias, 1001, T0.AddMinutes(1)), 500)));
        var bad = Send(Device, "DDATA", Message(3, WithQuality(ByAlias(EnergyAlias, 0, T0.AddMinutes(2)), 0)));
        var good = Send(Device, "DDATA", Message(4, WithQuality(ByAlias(EnergyAlias, 1002, T0.AddMinutes(3)), 192)));

        Assert.Equal(ReadingQuality.Suspect, Assert.Single(stale.Values).Quality);
        Assert.Empty(bad.Values);
        Assert.Contains("has quality BAD (0)", Assert.Single(bad.Rejections).Text, StringComparison.Ordinal);
        Assert.Equal(ReadingQuality.Good, Assert.Single(good.Values).Quality);
    }

    [Fact]
    public void The_agent_subscribes_to_each_mapped_node_and_ignores_commands_and_unmapped_metrics()
    {
        Born();

        var command = Send(Node, "NCMD", Message(0, new Metric { Name = "Node Control/Rebirth", BooleanValue = true }));
        var unmapped = Send(Device, "DDATA", Message(2, Defined("Temperature", 9, 31.5, T0.AddMinutes(1))));

        Assert.Equal("spBv1.0/dyeing/+/plc-01/#", Assert.Single(_mapper.TopicFilters));
        Assert.Equal((0, 0, null), (command.Values.Count, command.Rejections.Count, command.Unmapped));
        Assert.Equal((0, 0), (unmapped.Values.Count, unmapped.Rejections.Count));
        Assert.Equal("no mapping took this message (DDATA from device dyeing/plc-01/em-3 carries no mapped metric)", unmapped.Unmapped);
    }

    [Fact]
    public void A_payload_that_is_not_protobuf_and_an_undefined_alias_are_rejected_with_reasons()
    {
        Born();

        var garbage = Send(Device, "DDATA", [0xFF, 0xFF, 0xFF]);
        var unknownAlias = Send(Device, "DDATA", Message(2, ByAlias(77, 1, T0)));

        Assert.Contains("is not a Sparkplug B protobuf payload", Assert.Single(garbage.Rejections).Text, StringComparison.Ordinal);
        Assert.Contains("alias 77 was not defined by the node's BIRTH messages", Assert.Single(unknownAlias.Rejections).Text, StringComparison.Ordinal);
    }

    private static Metric WithQuality(Metric metric, uint code)
    {
        metric.Properties = new Payload.Types.PropertySet();
        metric.Properties.Keys.Add("Quality");
        metric.Properties.Values.Add(new Payload.Types.PropertyValue { Type = (uint)DataType.Int32, IntValue = code });
        return metric;
    }

    private double ReadDefined(Metric metric) => Assert.Single(Send(Node, "NBIRTH", NodeBirth(1, 0, metric)).Values).Value;

    private static (string, double, DateTimeOffset) Single(MappingResult result)
    {
        var value = Assert.Single(result.Values);
        return (value.Binding.Meter, value.Value, value.MeterTime!.Value);
    }
}
