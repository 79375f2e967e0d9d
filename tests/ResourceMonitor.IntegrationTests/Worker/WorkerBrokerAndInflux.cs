using ResourceMonitor.IntegrationTests.Infrastructure;

namespace ResourceMonitor.IntegrationTests.Worker;

/// <summary>xunit class fixture: a real Mosquitto and a real InfluxDB (behind nginx) for one worker test class.</summary>
public sealed class WorkerBrokerAndInflux : IAsyncLifetime
{
    private MosquittoInstance? _broker;
    private InfluxInstance? _influx;

    /// <summary>The broker.</summary>
    public MosquittoInstance Broker => _broker ?? throw new InvalidOperationException("not started");

    /// <summary>The database.</summary>
    public InfluxInstance Influx => _influx ?? throw new InvalidOperationException("not started");

    /// <inheritdoc />
    public async Task InitializeAsync()
    {
        _broker = await MosquittoInstance.StartNewAsync();
        _influx = await InfluxInstance.StartNewAsync();
    }

    /// <inheritdoc />
    public async Task DisposeAsync()
    {
        if (_broker is not null)
        {
            await _broker.DisposeAsync();
        }

        if (_influx is not null)
        {
            await _influx.DisposeAsync();
        }
    }

    /// <summary>Empties the database between tests of the class.</summary>
    public async Task ResetDatabaseAsync()
    {
        await Influx.ExecuteAsync($"DROP DATABASE \"{Influx.Database}\"");
        await Influx.ExecuteAsync($"CREATE DATABASE \"{Influx.Database}\"");
    }
}
