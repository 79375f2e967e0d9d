namespace ResourceMonitor.IntegrationTests.Infrastructure;

/// <summary>xunit class fixture: one <see cref="InfluxInstance"/> (influxd behind nginx) per test class.</summary>
public sealed class InfluxFixture : IAsyncLifetime
{
    private InfluxInstance? _influx;

    /// <summary>The running database.</summary>
    public InfluxInstance Influx => _influx ?? throw new InvalidOperationException("The fixture has not started yet.");

    /// <inheritdoc />
    public async Task InitializeAsync() => _influx = await InfluxInstance.StartNewAsync();

    /// <inheritdoc />
    public async Task DisposeAsync()
    {
        if (_influx is not null)
        {
            await _influx.DisposeAsync();
        }
    }
}
