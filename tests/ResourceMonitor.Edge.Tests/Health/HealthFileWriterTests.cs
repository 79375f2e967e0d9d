using System.Text.Json;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Hosting.Internal;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.Time.Testing;
using ResourceMonitor.Edge.Health;
using ResourceMonitor.Hosting;
using ResourceMonitor.Hosting.Progress;

namespace ResourceMonitor.Edge.Tests.Health;

public sealed class HealthFileWriterTests : IDisposable
{
    private readonly DirectoryInfo _directory = Directory.CreateTempSubdirectory("rm-edge-health-");
    private readonly FakeTimeProvider _time = new(new DateTimeOffset(2026, 12, 1, 0, 0, 0, TimeSpan.Zero));
    private readonly ServiceProvider _services;

    public HealthFileWriterTests()
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?> { ["Edge:Operations:StallAfter"] = "00:01:00" }).Build();
        var services = new ServiceCollection();
        services.AddLogging();
        services.AddSingleton<TimeProvider>(_time);
        services.AddSingleton<IHostApplicationLifetime, ApplicationLifetime>();
        services.AddStageSupervision(configuration.GetSection("Edge:Operations"));
        services.AddSingleton(Options.Create(new HealthFileOptions { HealthFile = Path.Combine(_directory.FullName, "health.json") }));
        services.AddSingleton<HealthFileWriter>();
        _services = services.BuildServiceProvider();
    }

    private StageRegistry Stages => _services.GetRequiredService<StageRegistry>();

    private HealthFileWriter Writer => _services.GetRequiredService<HealthFileWriter>();

    [Fact]
    public async Task The_file_names_a_stage_that_has_readings_waiting_and_no_progress_and_lists_every_stage()
    {
        var forwarder = Stages.Register("edge.forwarder");
        Stages.Register("edge.ingest").Received();
        Stages.Register("edge.ingest").Completed();
        forwarder.Received(500);
        _time.Advance(TimeSpan.FromMinutes(1) + TimeSpan.FromSeconds(1));

        await Writer.WriteAsync(CancellationToken.None);

        using var health = JsonDocument.Parse(await File.ReadAllBytesAsync(Writer.FilePath));
        Assert.Equal("Unhealthy", health.RootElement.GetProperty("status").GetString());
        Assert.Contains("edge.forwarder", health.RootElement.GetProperty("description").GetString(), StringComparison.Ordinal);
        var stages = health.RootElement.GetProperty("stages").EnumerateArray().ToDictionary(s => s.GetProperty("name").GetString()!);
        Assert.Equal(["edge.forwarder", "edge.ingest"], stages.Keys.Order(StringComparer.Ordinal));
        Assert.Equal(500, stages["edge.forwarder"].GetProperty("waiting").GetInt64());
        Assert.Equal("stalled", stages["edge.forwarder"].GetProperty("state").GetString());
        Assert.Equal("running", stages["edge.ingest"].GetProperty("state").GetString());
    }

    [Fact]
    public async Task The_file_says_healthy_while_every_stage_makes_progress_and_is_rewritten_with_the_time()
    {
        var forwarder = Stages.Register("edge.forwarder");
        forwarder.Received(500);
        _time.Advance(TimeSpan.FromSeconds(30));
        forwarder.Completed(100);
        _time.Advance(TimeSpan.FromSeconds(50));

        await Writer.WriteAsync(CancellationToken.None);

        using var health = JsonDocument.Parse(await File.ReadAllBytesAsync(Writer.FilePath));
        Assert.Equal("Healthy", health.RootElement.GetProperty("status").GetString());
        Assert.Equal(_time.GetUtcNow(), health.RootElement.GetProperty("written_at").GetDateTimeOffset());
        Assert.False(File.Exists(Writer.FilePath + ".tmp"));
    }

    public void Dispose()
    {
        _services.Dispose();
        _directory.Delete(recursive: true);
    }
}
