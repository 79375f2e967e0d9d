namespace ResourceMonitor.IntegrationTests.Infrastructure;

/// <summary>xunit class fixture: one <see cref="MosquittoInstance"/> (default options) per test class.</summary>
public sealed class MosquittoFixture : IAsyncLifetime
{
    private MosquittoInstance? _broker;

    /// <summary>The running broker.</summary>
    public MosquittoInstance Broker => _broker ?? throw new InvalidOperationException("The fixture has not started yet.");

    /// <inheritdoc />
    public async Task InitializeAsync() => _broker = await MosquittoInstance.StartNewAsync();

    /// <inheritdoc />
    public async Task DisposeAsync()
    {
        if (_broker is not null)
        {
            await _broker.DisposeAsync();
        }
    }
}
