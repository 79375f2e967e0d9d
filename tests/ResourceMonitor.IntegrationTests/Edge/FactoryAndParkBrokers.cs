namespace ResourceMonitor.IntegrationTests.Edge;

/// <summary>
/// The two brokers an edge agent sits between, each a real Mosquitto of the test's own: the factory's local broker where
/// devices publish, and the park broker the agent forwards to.
/// </summary>
public abstract class FactoryAndParkBrokers : IAsyncLifetime
{
    /// <summary>The factory's local broker (the devices' side).</summary>
    protected MosquittoInstance Local { get; private set; } = null!;

    /// <summary>The park broker (the worker's side).</summary>
    protected MosquittoInstance Park { get; private set; } = null!;

    public async Task InitializeAsync()
    {
        Local = await MosquittoInstance.StartNewAsync();
        Park = await MosquittoInstance.StartNewAsync();
    }

    public async Task DisposeAsync()
    {
        await Local.DisposeAsync();
        await Park.DisposeAsync();
    }
}
